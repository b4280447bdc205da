"""The fact sheet's own words in two languages (languages.py, fieldtypes.Translatable): read from
real YAML, every problem located, English wherever one text is shown."""

from __future__ import annotations

import pickle

import jsonschema
import pytest
from conftest import MINIMAL, write_data

from generator.build.pipeline import read_sheet
from generator.data.errors import DataError
from generator.data.fieldtypes import Known, Translatable
from generator.data.languages import English, Translated, versions

ACTOR = """\
    - id: jane-doe
      name: {name}
      kind: person
      country: us
      role: Envoy
    """


def _sheet(tmp_path, name: str):
    return read_sheet(write_data(tmp_path / "data", {**MINIMAL, "actors.yaml": ACTOR.format(name=name)}))


def _problems(tmp_path, name: str) -> list[str]:
    with pytest.raises(DataError) as raised:
        _sheet(tmp_path, name)
    return [str(p) for p in raised.value.problems]


def test_a_text_may_be_given_in_english_and_ukrainian_and_reads_as_english(tmp_path):
    (jane,) = _sheet(tmp_path, "{en: Jane Doe, uk: Джейн Доу}").actors
    assert jane.name == "Jane Doe" and isinstance(jane.name, Translated)
    assert versions(jane.name) == {"en": "Jane Doe", "uk": "Джейн Доу"}
    assert f"{jane.name}" == "Jane Doe" and jane.name.upper() == "JANE DOE"  # a str wherever shown
    kept = pickle.loads(pickle.dumps(jane.name, protocol=pickle.HIGHEST_PROTOCOL))  # the cache, the forked renders
    assert versions(kept) == versions(jane.name)


def test_english_alone_either_way_is_english_text(tmp_path):
    for written in ("Jane Doe", "{en: Jane Doe}"):
        (jane,) = _sheet(tmp_path, written).actors
        assert type(jane.name) is English and jane.name == "Jane Doe" and versions(jane.name) == {"en": "Jane Doe"}
        kept = pickle.loads(pickle.dumps(jane.name, protocol=pickle.HIGHEST_PROTOCOL))
        assert type(kept) is English and kept == "Jane Doe"


@pytest.mark.parametrize("written, expected", [
    ("{uk: Джейн Доу}", "actors.yaml:2:9: record jane-doe: name: has no English version (`en: ...`)"),
    ("{en: Jane Doe, ua: Джейн Доу}", "jane-doe: name.ua: is not one of the fact sheet's languages; expected `en`, "
                                      "`uk`; Ukrainian is `uk` (`ua` is Ukraine's country code)"),
    ("{en: Jane Doe, uk: }", "jane-doe: name.uk: expected the text in that language"),
    ("{en: Jane Doe, uk: [Джейн]}", "jane-doe: name.uk: expected the text in that language"),
    ("{en: '  ', uk: Джейн Доу}", "jane-doe: name.en: is empty"),
    ("[Jane Doe]", "jane-doe: name: expected text, or its versions by language such as {en: ..., uk: ...}, found a "
                   "list"),
])
def test_a_wrong_text_by_language_is_a_located_problem(tmp_path, written, expected):
    assert any(expected in p for p in _problems(tmp_path, written)), _problems(tmp_path, written)


def test_the_editors_schema_takes_a_text_or_its_versions_with_english():
    schema = Translatable().json_schema(Known())
    for good in ("Jane Doe", {"en": "Jane Doe"}, {"en": "Jane Doe", "uk": "Джейн Доу"}):
        jsonschema.validate(good, schema)
    for bad in ({"uk": "Джейн Доу"}, {"en": "Jane", "ua": "Джейн"}, "", ["Jane"]):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema)


def test_the_downloads_carry_each_texts_other_versions_beside_the_english(tmp_path):
    import json

    from generator.site import downloads

    sheet = _sheet(tmp_path, "{en: Jane Doe, uk: Джейн Доу}")
    data = json.loads(downloads.files(sheet)[downloads.JSON_PATH])
    (jane,) = data["actors"]
    assert jane["name"] == "Jane Doe" and jane["translations"] == {"uk": {"name": "Джейн Доу"}}
    assert all("translations" not in c for c in data["countries"])  # none given: none listed
    jsonschema.validate(data, downloads.SCHEMA)
    assert "Jane Doe" in downloads.files(sheet)[downloads.CSV_PATH]  # the CSV: English


def test_check_says_how_much_is_given_in_ukrainian_and_does_not_fail(tmp_path):
    import subprocess
    import sys

    from conftest import ROOT

    data = write_data(tmp_path / "data", {**MINIMAL, "actors.yaml": ACTOR.format(name="{en: Jane Doe, uk: Джейн Доу}")})
    result = subprocess.run([sys.executable, "-m", "generator", "check", "--data", str(data)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert ("notice: Ukrainian (uk) is given for 1 of the 9 texts in the fact sheet's own words: missing in "
            "topic.title 0/1, topic.question 0/1, stance.label 0/2, country.name 0/3, actor.role 0/1") in result.stdout


def test_the_english_pages_show_the_english_text(tmp_path):
    from generator.data.load import Prose
    from generator.site.plan import plan
    from generator.site.render import render

    sheet = _sheet(tmp_path, "{en: Jane Doe, uk: Джейн Доу}")
    pages = render(plan(sheet, Prose()))
    page = pages["actors/jane-doe.md"]
    assert page.startswith("---") and "# Jane Doe" in page and "Джейн" not in "".join(pages.values())
