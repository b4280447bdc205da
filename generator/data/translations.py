"""How much of the fact sheet's own words is given in each of its languages (languages.py):
what `check` reports, never a problem (a text not yet translated is shown in English)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.data.fieldtypes import Translatable, declared
from generator.data.languages import versions
from generator.data.model import FactSheet


@dataclass(frozen=True)
class Count:
    """Of one field of one record type: how many texts are written, and how many of them are
    also given in the language."""

    field: str
    """`actor.name`, `stance.label`, …"""
    written: int
    given: int


def counts(sheet: FactSheet, language: str) -> list[Count]:
    """For each translatable field with any text written, in the order of the data format."""
    kinds = [("topic", sheet.topics), ("stance", [st for t in sheet.topics for st in t.stances]),
             ("country", sheet.countries), ("actor", sheet.actors), ("source", sheet.sources),
             ("statement", sheet.statements), ("correction", [c for s in sheet.statements for c in s.corrections])]
    found = []
    for kind, records in kinds:
        if not records:
            continue
        for field in (f.name for f in declared(type(records[0])) if isinstance(f.type, Translatable)):
            texts = [getattr(r, field) for r in records if getattr(r, field)]
            if texts:
                found.append(Count(f"{kind}.{field}", len(texts), sum(language in versions(t) for t in texts)))
    return found
