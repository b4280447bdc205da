"""Safe loading (generator/yamlload.py): YAML composed, never constructed; each value the text
typed, with its line and column; the traps of plain YAML turned into located problems."""

from __future__ import annotations

import pytest
from conftest import write_data

from generator.build.pipeline import read_sheet as validate
from generator.data import yamlload
from generator.data.errors import DataError
from generator.data.yamlload import Map, Scalar, Seq


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def load(tmp_path, text: str, name: str = "f.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return yamlload.read_nodes(path)


def problems(data) -> list[str]:
    with pytest.raises(DataError) as caught:
        validate(data)
    return [str(p) for p in caught.value.problems]


def test_values_stay_the_text_typed_with_their_places(tmp_path):
    root, found = load(tmp_path, "- id: no\n  date: 2025-02-12\n  on: yes\n  quote: 'null'\n")
    assert found == [] and isinstance(root, Seq)
    (record,) = root.items
    assert isinstance(record, Map)
    values = {key: entry.value for key, entry in record.entries.items()}
    assert {k: v.text for k, v in values.items()} == {"id": "no", "date": "2025-02-12", "on": "yes", "quote": "null"}
    assert str(values["date"].loc) == "f.yaml:2:9" and str(record.entries["date"].key_loc) == "f.yaml:2:3"
    assert values["quote"].quoted and not values["quote"].is_null


def test_an_empty_value_is_null_and_a_comment_after_text_is_kept_to_warn_about(tmp_path):
    root, _ = load(tmp_path, "- summary:\n  quote: We said no # and then yes\n")
    entries = root.items[0].entries
    assert isinstance(entries["summary"].value, Scalar) and entries["summary"].value.is_null
    assert entries["quote"].value.comment == "# and then yes"


def test_an_empty_file_has_no_tree_and_no_problem(tmp_path):
    assert load(tmp_path, "# only a comment\n") == (None, [])


def test_a_duplicate_key_names_both_lines(tmp_path):
    _, found = load(tmp_path, "- id: a\n  quote: x\n  quote: y\n")
    assert [str(p) for p in found] == ["f.yaml:3:3: duplicate key `quote` (first at line 2); keep one"]


def test_tags_anchors_and_aliases_are_refused_where_they_are_written(tmp_path):
    _, found = load(tmp_path, "- id: !!python/object/apply:os.system [id]\n  a: &x [1]\n  b: *x\n")
    messages = [str(p) for p in found]
    assert any(m.startswith("f.yaml:1:7: YAML tags such as") for m in messages)
    assert "f.yaml:2:6: anchors and aliases (& and *) are not supported; write the value out" in messages
    assert "f.yaml:3:6: anchors and aliases (& and *) are not supported; write the value out" in messages


@pytest.mark.parametrize("value", ["!!str 12", "!!int 12", "! x", "!local x"])
def test_every_tag_is_refused_even_a_standard_one(tmp_path, value):
    _, found = load(tmp_path, f"- id: a\n  name: {value}\n")
    shown = value.split()[0]
    assert [str(p) for p in found] == [f"f.yaml:2:9: YAML tags such as {shown} are not supported; remove the tag"]


def test_ampersands_asterisks_and_exclamation_marks_in_text_are_text(tmp_path):
    _, found = load(tmp_path, '- id: a\n  name: "Q&A *now*!"\n  role: Stop! Q&A\n')
    assert found == []


def test_nesting_beyond_the_format_is_refused(tmp_path):
    _, found = load(tmp_path, "- a: [[[[[[[[x]]]]]]]]\n")
    assert any("nested deeper than the format allows (8 levels)" in str(p) for p in found)


def test_a_syntax_error_is_located_with_a_hint(tmp_path):
    assert load(tmp_path, "- summary: He said: no\n") == (None, [yamlload.Problem(
        yamlload.Location("f.yaml", 1, 19),
        "not valid YAML: mapping values are not allowed in this context; a text containing `: ` must be in quotes")])


def test_non_utf8_file(minimal):
    (minimal / "actors.yaml").write_bytes(b"- id: jane-doe\n  name: Jos\xe9\n")
    assert problems(minimal)[0] == "data/actors.yaml:2:12: the file is not UTF-8 text; save it as UTF-8"


def test_utf8_bom_and_crlf_are_accepted(minimal):
    text = (minimal / "actors.yaml").read_text(encoding="utf-8").replace("\n", "\r\n")
    (minimal / "actors.yaml").write_bytes("\ufeff".encode() + text.encode())
    assert validate(minimal).actors[0].name == "Jane Doe"


def test_text_is_normalised_to_nfc(minimal):
    decomposed = "Jose\u0301 Cafe\u0301"
    write_data(minimal, {"actors.yaml": f"- id: jane-doe\n  name: {decomposed}\n  kind: person\n  country: us\n"})
    assert validate(minimal).actors[0].name == "Jos\u00e9 Caf\u00e9"


def test_untagged_values_are_tagged_as_text_lists_and_mappings_without_guessing():
    import yaml

    root = yaml.compose("a: 2025-01-01\nb: [no, 1.5, ~]\nc: {d: 3}\n", Loader=yamlload.LOADER)
    tags = {key.value: (value.tag, [item.tag for item in value.value] if key.value == "b" else None)
            for key, value in root.value}
    assert root.tag == "tag:yaml.org,2002:map"
    assert tags == {"a": ("tag:yaml.org,2002:str", None),
                    "b": ("tag:yaml.org,2002:seq", ["tag:yaml.org,2002:str"] * 3),
                    "c": ("tag:yaml.org,2002:map", None)}
