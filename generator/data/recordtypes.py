"""The data format's record types: which model class each file holds. Their fields are declared
on the model (model.py, with fieldtypes.declare), read by validate.py and schemafiles.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.data.model import Actor, Country, Source, Statement, Topic


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


ID_STEMS = {"statement": "statement-{today}", "actor": "new-actor", "source": "source-{today}", "country": ""}
"""The id `python -m generator new` gives each kind of skeleton record (newrecord.py)."""
PLACEHOLDER = re.compile(r"(?:statement-\d{4}-\d{2}-\d{2}|new-actor|source-\d{4}-\d{2}-\d{2})(?:-\d+)?")
"""The ids `new` gives a skeleton: refused by `check` until the editor names the record."""
