"""JSON Schema files for editors' YAML language server, generated from schema.py.

Never edit schema/*.json by hand: `python -m generator schema` (run by `make site`) writes
them, and a test fails when they are stale. Stance ids come from the topics in the data, so
an editor's YAML plugin completes them.
"""

from __future__ import annotations

import json
import re

from generator.dates import PATTERN as DATE_PATTERN
from generator.fields import COUNTRY_PATTERN, ID_PATTERN, URL_PATTERN
from generator.model import Topic
from generator.schema import KINDS, TOP_LEVEL, Field, Kind

DRAFT = "http://json-schema.org/draft-07/schema#"


def _pattern(regex) -> str:
    """The regex in JSON Schema's dialect (ECMA 262 has no `(?P<name>`)."""
    return "^" + re.sub(r"\(\?P<\w+>", "(?:", regex.pattern) + "$"


def _ref(field: Field) -> dict:
    return {"type": "string", "pattern": _pattern(COUNTRY_PATTERN if field.target == "country" else ID_PATTERN)}


def field_schema(field: Field, stance_ids: list[str]) -> dict:
    text = {"type": "string", "pattern": r"\S"}
    schemas = {
        "id": lambda: {"type": "string", "pattern": _pattern(ID_PATTERN)},
        "country-id": lambda: {"type": "string", "pattern": _pattern(COUNTRY_PATTERN)},
        "text": lambda: text,
        "texts": lambda: {"type": "array", "items": text},
        "date": lambda: {"anyOf": [{"type": "string", "pattern": _pattern(DATE_PATTERN)},
                                   {"type": "integer", "minimum": 1000, "maximum": 9999}]},
        "boolean": lambda: {"type": "boolean"},
        "url": lambda: {"type": "string", "pattern": _pattern(URL_PATTERN)},
        "choice": lambda: {"enum": list(field.choices)},
        "ref": lambda: _ref(field),
        "refs": lambda: {"type": "array", "items": _ref(field)},
        "stance": lambda: {"enum": stance_ids} if stance_ids else {"type": "string", "pattern": _pattern(ID_PATTERN)},
        "records": lambda: {"type": "array", "items": record_schema(KINDS[field.target], stance_ids)},
    }
    return {"description": field.doc, **schemas[field.type]()}


def record_schema(kind: Kind, stance_ids: list[str]) -> dict:
    return {
        "type": "object",
        "description": kind.doc,
        "additionalProperties": False,
        "required": [f.name for f in kind.fields if f.required],
        "properties": {f.name: field_schema(f, stance_ids) for f in kind.fields},
    }


def file_name(kind: Kind) -> str:
    return f"{kind.file.split('/')[0].removesuffix('.yaml')}.schema.json"


def render(topics: tuple[Topic, ...]) -> dict[str, str]:
    """Every schema file's text, by file name."""
    stance_ids = sorted({s.id for t in topics for s in t.stances})
    files = {}
    for name in TOP_LEVEL:
        kind = KINDS[name]
        schema = {"$schema": DRAFT, "title": f"Fact sheet data: {kind.file}", "type": "array",
                  "items": record_schema(kind, stance_ids)}
        files[file_name(kind)] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return files
