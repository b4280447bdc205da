"""The JSON Schema files: generated from schema.py, current, and agreeing with the validator."""

import json

import jsonschema
import pytest
from bad_inputs import CASES
from conftest import MINIMAL, ROOT, SHEET, copy_project, run, write_data

from generator.build.pipeline import read_sheet
from generator.data import schemafiles
from generator.data.load import data_files
from generator.data.recordtypes import RECORD_TYPES
from generator.data.yamlload import Map, Seq, read_nodes


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


def schema_for(kind):
    """The schema of `kind`, as generated for the fixture fact sheet."""
    return json.loads(FIXTURE_SCHEMAS[schemafiles.file_name(RECORD_TYPES[kind])])


def test_a_build_keeps_the_schemas_current_from_the_data_it_checked(tmp_path):
    """No schema is committed that can go stale and fail a test: the build writes them."""
    project = copy_project(tmp_path)
    run("generator", "build", cwd=project, check=True)
    written = {p.name: p.read_text() for p in (project / "schema").glob("*.json")}
    assert written == schemafiles.schema_files(read_sheet(project / "data"))


def test_the_workspace_maps_every_schema_onto_its_data_files_so_no_modeline_is_needed():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text())["yaml.schemas"]
    expected = {f"./schema/{schemafiles.file_name(t)}": f"data/{t.file}" for t in RECORD_TYPES.values()}
    assert settings == expected


def test_every_pattern_says_in_words_what_it_expects():
    def patterns(node):
        if isinstance(node, dict):
            if "pattern" in node:
                yield node
            for value in node.values():
                yield from patterns(value)
        elif isinstance(node, list):
            for value in node:
                yield from patterns(value)

    found = [p for text in FIXTURE_SCHEMAS.values() for p in patterns(json.loads(text))]
    assert found and all(p.get("patternErrorMessage", "").endswith(".") for p in found)


def test_a_statement_is_offered_only_its_topics_stances():
    schema = schema_for("statement")
    assert "enum" not in schema["items"]["properties"]["stance"]
    offered = {rule["if"]["properties"]["topic"]["const"]: rule["then"]["properties"]["stance"]["enum"]
               for rule in schema["items"]["allOf"] if "topic" in rule.get("if", {}).get("properties", {})}
    assert offered == {t.id: [s.id for s in t.stances] for t in read_sheet(SHEET / "data").topics}


def test_every_schema_is_a_valid_draft_7_schema():
    for text in FIXTURE_SCHEMAS.values():
        jsonschema.Draft7Validator.check_schema(json.loads(text))


@pytest.mark.parametrize("kind", RECORD_TYPES)
def test_the_fixture_fact_sheet_satisfies_its_schema(kind):
    for path in data_files(SHEET / "data")[kind]:
        node, problems = read_nodes(path)
        assert problems == []
        jsonschema.validate(as_json(node), schema_for(kind))


@pytest.mark.data
@pytest.mark.parametrize("kind", RECORD_TYPES)
def test_the_shipped_data_satisfies_the_schemas_made_from_it(kind):
    schemas = schemafiles.schema_files(read_sheet(ROOT / "data"))
    for path in data_files(ROOT / "data")[kind]:
        node, problems = read_nodes(path)
        assert problems == []
        jsonschema.validate(as_json(node), json.loads(schemas[schemafiles.file_name(RECORD_TYPES[kind])]))


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
    "nested-too-deep", "yml-extension", "yaml-in-capitals", "statements-in-a-subfolder", "stray-file-in-data",
    "nesting-too-deep", "control-character-pasted",
    # what a YAML language server drops or reads differently before it validates:
    "comment-cuts-quote", "timestamp", "control-character-in-text", "hidden-characters-in-text",
    "noncharacter-as-escape",
    # across records or files, or against the calendar:
    "same-id-twice-in-a-file", "same-id-in-two-files", "duplicate-stance", "statement-after-its-source",
    "correction-in-the-future", "correction-before-the-statement", "accessed-in-the-future",
    "statement-in-the-future", "own-position-of-another-country", "hedge-not-in-the-words",
    "condition-not-in-the-words", "printing-by-the-statements-own-source", "skeleton-placeholder-id",
    "accessed-without-url", "nato-status-without-source", "nato-source-without-status", "country-three-letters",
    "two-problems-in-two-files", "field-indented-too-far-after-a-comment", "dash-without-space",
    # against the sources' stored texts:
    "quote-not-in-stored-text", "printing-not-in-its-own-stored-text", "stored-text-of-no-source",
    "stored-text-not-txt", "nato-year-not-in-reference-text",
}
"""Bad inputs a JSON Schema cannot express; `check` reports them (tests/test_bad_inputs.py)."""


@pytest.mark.parametrize("name", sorted(set(CASES) - SCHEMA_CANNOT_SAY))
def test_each_bad_input_a_schema_can_express_fails_it(name, tmp_path):
    data = write_data(tmp_path / "data", MINIMAL)
    schemas = {k: json.loads(v) for k, v in schemafiles.schema_files(read_sheet(data)).items()}
    for path, text in CASES[name].files.items():
        (data / path).write_text(text, encoding="utf-8")
    failures = []
    for record_type, paths in data_files(data).items():
        for path in paths:
            node, _ = read_nodes(path)
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
            jsonschema.validate(as_json(read_nodes(path)[0]), schemas[schemafiles.file_name(RECORD_TYPES[record_type])])
