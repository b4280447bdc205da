"""The JSON Schema files: generated from schema.py, current, and agreeing with the validator."""

import json

import jsonschema
import pytest

from bad_inputs import CASES
from conftest import MINIMAL, ROOT, SHEET, write_data
from generator import schemafiles
from generator.build import read_sheet
from generator.load import data_files
from generator.schema import RECORD_TYPES
from generator.yamlload import Map, Seq, load

SCHEMA = ROOT / "schema"


def as_json(node):
    """A located node as the YAML language server reads it (YAML 1.2 core: `no` is text)."""
    if isinstance(node, Map):
        return {key: as_json(entry.value) for key, entry in node.entries.items()}
    if isinstance(node, Seq):
        return [as_json(item) for item in node.items]
    if not node.quoted and node.text in ("true", "false"):
        return node.text == "true"
    if not node.quoted and node.text.isdigit():
        return int(node.text)
    return None if node.is_null else node.text


FIXTURE_SCHEMAS = schemafiles.schema_files(read_sheet(SHEET / "data"))


def schema_for(kind, shipped=False):
    """The schema of `kind`: as generated for the fixture fact sheet, or as shipped in schema/."""
    name = schemafiles.file_name(RECORD_TYPES[kind])
    return json.loads((SCHEMA / name).read_text() if shipped else FIXTURE_SCHEMAS[name])


@pytest.mark.data
def test_schema_files_are_current():
    expected = schemafiles.schema_files(read_sheet(ROOT / "data"))
    found = {p.name: p.read_text() for p in SCHEMA.glob("*.json")}
    assert found == expected, "schema/ is stale: run `make schema` (python -m generator schema)"


def test_every_schema_is_a_valid_draft_7_schema():
    for text in FIXTURE_SCHEMAS.values():
        jsonschema.Draft7Validator.check_schema(json.loads(text))


@pytest.mark.parametrize("kind", RECORD_TYPES)
def test_the_fixture_fact_sheet_satisfies_its_schema(kind):
    for path in data_files(SHEET / "data")[kind]:
        node, problems = load(path)
        assert problems == []
        jsonschema.validate(as_json(node), schema_for(kind))


@pytest.mark.data
@pytest.mark.parametrize("kind", RECORD_TYPES)
def test_the_shipped_data_satisfies_its_schema(kind):
    for path in data_files(ROOT / "data")[kind]:
        node, problems = load(path)
        assert problems == []
        jsonschema.validate(as_json(node), schema_for(kind, shipped=True))


@pytest.mark.data
@pytest.mark.parametrize("kind", RECORD_TYPES)
def test_every_data_file_names_its_schema_for_the_language_server(kind):
    for path in data_files(ROOT / "data")[kind]:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        target = (path.parent / first.split("$schema=", 1)[1]).resolve()
        assert first.startswith("# yaml-language-server: $schema=") and target == SCHEMA / schemafiles.file_name(RECORD_TYPES[kind])


@pytest.mark.parametrize("record, message", [
    ({"speakr": "x"}, "Additional properties are not allowed ('speakr' was unexpected)"),
    ({"stance": "oppose"}, "'oppose' is not one of"),
    ({"date": "12.02.2025"}, "'12.02.2025' does not match"),
    ({"position_of": ["UA"]}, "'UA' is not one of"),
    ({"speaker": "ana-berg"}, "'ana-berg' is not one of"),  # the data's actual ids are listed
    ({"source": "daily"}, "'daily' is not one of"),
    ({"quote": "   "}, "'   ' does not match"),
])
def test_the_schema_flags_what_an_editor_gets_wrong(record, message):
    statement = {"id": "s", "date": "2025-02-12", "speaker": "anna-berg", "topic": "membership", "stance": "opposes",
                 "voice": "own", "quote": "Words.", "source": "daily-2025-03-22"}
    jsonschema.validate([statement], schema_for("statement"))
    with pytest.raises(jsonschema.ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        jsonschema.validate([{**statement, **record}], schema_for("statement"))


SCHEMA_CANNOT_SAY = {
    # YAML itself, before there is anything to validate:
    "duplicate-key", "tab-indentation", "colon-in-unquoted-text", "unclosed-bracket", "yaml-tag", "anchor-and-alias",
    "quote-never-closed", "field-indented-too-far", "field-indented-too-little", "field-at-the-margin",
    "nested-too-deep", "yml-extension",
    # what a YAML language server drops or reads differently before it validates:
    "comment-cuts-quote", "timestamp", "control-character-in-text",
    # across records or files, or against the calendar:
    "same-id-twice-in-a-file", "same-id-in-two-files", "duplicate-stance", "statement-after-its-source",
    "statement-in-the-future", "own-position-of-another-country", "hedge-not-in-the-words", "skeleton-placeholder-id",
    "accessed-without-url", "nato-status-without-source", "nato-source-without-status", "country-three-letters",
    "two-problems-in-two-files",
}
"""Bad inputs a JSON Schema cannot express; `check` reports them (tests/test_bad_inputs.py)."""


@pytest.mark.parametrize("name", sorted(set(CASES) - SCHEMA_CANNOT_SAY))
def test_each_bad_input_a_schema_can_express_fails_it(name, tmp_path):
    data = write_data(tmp_path / "data", MINIMAL)
    schemas = {k: json.loads(v) for k, v in schemafiles.schema_files(read_sheet(data)).items()}
    for path, text in CASES[name].items():
        (data / path).write_text(text, encoding="utf-8")
    failures = []
    for record_type, paths in data_files(data).items():
        for path in paths:
            node, _ = load(path)
            if node is None:
                failures.append(path.name)
                continue
            try:
                jsonschema.validate(as_json(node), schemas[schemafiles.file_name(RECORD_TYPES[record_type])])
            except jsonschema.ValidationError:
                failures.append(path.name)
    assert failures, f"{name}: every file passes its schema"


def test_the_minimal_data_passes_its_schemas(tmp_path):
    data = write_data(tmp_path / "data", MINIMAL)
    schemas = {k: json.loads(v) for k, v in schemafiles.schema_files(read_sheet(data)).items()}
    for record_type, paths in data_files(data).items():
        for path in paths:
            jsonschema.validate(as_json(load(path)[0]), schemas[schemafiles.file_name(RECORD_TYPES[record_type])])
