"""JSON Schema files for editors' YAML language server, generated from the model's declarations.

Never edit schema/*.json by hand: every build writes them from the data it checked
(`python -m generator schema` too). The ids in the data (actors, topics, sources,
countries) and the stance ids are listed, so an editor's YAML plugin completes them and flags
a misspelt one.
"""

from __future__ import annotations

import json

from generator.data.fieldtypes import Known, record_schema
from generator.data.model import FactSheet
from generator.data.recordtypes import RECORD_TYPES, RecordType

DRAFT = "http://json-schema.org/draft-07/schema#"


def known(sheet: FactSheet) -> Known:
    return Known({"topic": [t.id for t in sheet.topics], "source": [s.id for s in sheet.sources],
                  "country": [c.id for c in sheet.countries], "actor": [a.id for a in sheet.actors]})


def file_name(record_type: RecordType) -> str:
    return f"{record_type.file.split('/')[0].removesuffix('.yaml')}.schema.json"


def file_names() -> list[str]:
    """The schema files' names, one per record type."""
    return [file_name(record_type) for record_type in RECORD_TYPES.values()]


def statement_rules(sheet: FactSheet) -> list[dict]:
    """The rules `check` applies across a statement's fields, as far as JSON Schema can say them."""
    when = lambda field, value: {"properties": {field: {"const": value}}, "required": [field]}
    stances = [{"if": when("topic", t.id), "then": {"properties": {"stance": {
        "enum": [s.id for s in t.stances],
        "errorMessage": f"Not a stance of topic {t.id}: expected {', '.join(s.id for s in t.stances)}."}}}}
               for t in sheet.topics]
    return [
        *stances,
        {
            "anyOf": [{"required": ["quote"]}, {"required": ["summary", "excerpt"]}],
            "description": "A quote, or a summary with the excerpt it rests on.",
        },
        {
            "if": when("voice", "reported"),
            "then": {"required": ["position_of"], "properties": {"position_of": {"minItems": 1}}},
        },
        {"if": when("voice", "view"), "then": {"not": {"required": ["position_of"]}}},
        {
            "if": {"required": ["original"]},
            "then": {"properties": {"wording": {"const": "translated"}}, "required": ["wording"]},
        },
        {"if": {"required": ["wording"]}, "then": {"required": ["quote"]}},
    ]


def schema_files(sheet: FactSheet) -> dict[str, str]:
    """Every schema file's text, by file name."""
    found = known(sheet)
    files = {}
    for record_type in RECORD_TYPES.values():
        items = record_schema(record_type.model, found)
        if record_type.name == "statement":
            items["allOf"] = statement_rules(sheet)
        schema = {"$schema": DRAFT, "title": f"Fact sheet data: {record_type.file}", "type": "array",
                  "items": items}
        files[file_name(record_type)] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return files
