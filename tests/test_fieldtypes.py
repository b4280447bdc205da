"""Field types (generator/fieldtypes.py): each reads a located value and describes itself to editors."""

from __future__ import annotations

import re

import jsonschema
import pytest

from generator.data.fieldtypes import (
    Boolean,
    Choice,
    CountryCode,
    Date,
    Id,
    Known,
    ListOf,
    Ref,
    StanceRef,
    Text,
    Url,
    declared,
    did_you_mean,
)
from generator.data.recordtypes import RECORD_TYPES

KNOWN = Known({"actor": ["jane-doe", "john-roe"], "country": ["ua", "us"]})


@pytest.mark.parametrize("ftype, good, bad", [
    (Id(), "steve-witkoff", "Steve"),
    (CountryCode(), "no", "usa"),
    (Text(), "Слава", "   "),
    (Date(), "../2025-03-22", "22.03.2025"),
    (Date(), 2025, "March"),
    (Boolean(), True, "maybe"),
    (Url(), "https://example.org/a", "javascript:alert(1)"),
    (Choice(("own", "view")), "own", "official"),
    (Ref("actor"), "jane-doe", "jane-do"),
    (Ref("topic"), "any-id", "Any Id"),  # no topics known: the id pattern
    (StanceRef(), "supports", "Supports"),  # any id; the statement's schema narrows it to its topic's
    (ListOf(Ref("country")), ["ua", "us"], ["UA"]),
])
def test_each_type_gives_a_json_schema_that_agrees_with_it(ftype, good, bad):
    schema = ftype.json_schema(KNOWN)
    jsonschema.validate(good, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_every_declared_field_has_a_type_a_description_and_a_json_schema():
    for record_type in RECORD_TYPES.values():
        for field in declared(record_type.model):
            assert field.doc and field.type.json_schema(KNOWN), (record_type.name, field.name)


def test_the_model_and_the_declarations_are_one_list():
    statement = [f.name for f in declared(RECORD_TYPES["statement"].model)]
    assert statement[:6] == ["id", "date", "speaker", "topic", "stance", "voice"]
    assert "close_to_excerpt" not in statement  # derived, not a field an editor writes


def test_did_you_mean_suggests_a_near_miss_only():
    assert did_you_mean("suports", ["supports", "opposes"]) == "; did you mean `supports`?"
    assert did_you_mean("zzz", ["supports", "opposes"]) == ""
    assert re.fullmatch(r"; did you mean `nato-membership`\?", did_you_mean("nato", ["nato-membership", "x"]))
