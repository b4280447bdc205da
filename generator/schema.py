"""The data format's record types: which model class each file holds. Their fields are declared
on the model (model.py, with `declare`); this module reads those declarations for validation
(records.py) and for the editors' JSON Schema files (schemafiles.py)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from generator.fieldtypes import FieldType, Known
from generator.model import Actor, Country, Source, Statement, Topic


@dataclass(frozen=True)
class Field:
    """One declared field of a record type."""

    name: str
    type: FieldType
    doc: str
    required: bool


@dataclass(frozen=True)
class RecordType:
    """A type of record with files of its own under data/."""

    name: str
    """As messages name it: `statement`."""
    model: type
    file: str
    """Where its records live under data/: `actors.yaml`, `statements/*.yaml`."""


RECORD_TYPES = {t.name: t for t in (
    RecordType("topic", Topic, "topics.yaml"),
    RecordType("source", Source, "sources.yaml"),
    RecordType("country", Country, "countries.yaml"),
    RecordType("actor", Actor, "actors.yaml"),
    RecordType("statement", Statement, "statements/*.yaml"),
)}
"""In reading order: references point backwards (a country names its NATO source)."""


def declared(model: type) -> tuple[Field, ...]:
    """The data-format fields of a model class, in the order they are declared."""
    return tuple(Field(f.name, d.type, d.doc, d.required) for f in dataclasses.fields(model)
                 if (d := f.metadata.get("declared")))


def names(model: type) -> tuple[str, ...]:
    return tuple(f.name for f in declared(model))


def record_schema(model: type, known: Known) -> dict:
    """The JSON Schema of one record of `model`."""
    fields = declared(model)
    return {
        "type": "object",
        "description": (model.__doc__ or "").strip(),
        "additionalProperties": False,
        "required": [f.name for f in fields if f.required],
        "properties": {f.name: {"description": f.doc, **f.type.json_schema(known)} for f in fields},
    }
