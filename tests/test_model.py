"""model.py: the records, what they derive, and how they compare (by identity: frozen records
that refer to each other are fingerprinted and indexed by who they are, not what they hold)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from conftest import SHEET

from generator.build.pipeline import read_sheet
from generator.data import model
from generator.data.dates import parse

FIXTURE = read_sheet(SHEET / "data")


def by_id(records, record_id):
    return next(r for r in records if r.id == record_id)


@pytest.mark.parametrize("kind", [model.Topic, model.Source, model.Country, model.Actor, model.Statement,
                                  model.Printing, model.FactSheet])
def test_records_are_frozen_and_equal_only_to_themselves(kind):
    record = next(v for v in (FIXTURE, *FIXTURE.topics, *FIXTURE.sources, *FIXTURE.countries, *FIXTURE.actors,
                              *FIXTURE.statements, *(p for s in FIXTURE.statements for p in s.printings))
                  if isinstance(v, kind))
    copy = dataclasses.replace(record)
    assert copy != record and copy == copy and hash(record) == hash(record)
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.id = "other"  # type: ignore[misc]


def test_a_country_reads_with_its_article_inside_a_sentence():
    assert by_id(FIXTURE.countries, "us").in_text == "the United States"
    assert by_id(FIXTURE.countries, "de").in_text == "Germany"


def test_a_statement_says_whose_position_it_gives():
    own = by_id(FIXTURE.statements, "koval-accession")
    reported = by_id(FIXTURE.statements, "reed-ukraine-accepted")
    ua = by_id(FIXTURE.countries, "ua")
    assert own.is_own(ua) and own.reported_for == ()
    assert not reported.is_own(ua) and reported.reported_for == (ua,)


def test_a_source_is_stored_exactly_when_its_text_file_is_known():
    assert {s.id for s in FIXTURE.sources if s.stored} == {s.id for s in FIXTURE.sources if s.text_file}
    assert any(s.stored for s in FIXTURE.sources) and not all(s.stored for s in FIXTURE.sources)


def test_a_topic_finds_its_stances_by_id_and_each_may_say_its_leaning():
    topic = FIXTURE.topics[0]
    assert [s.leaning for s in topic.stances] == ["for", "against", "against", "against"]
    assert [s.leaning for s in FIXTURE.topics[1].stances] == ["for", "", "against"]  # "open": not said
    assert topic.stance(topic.stances[0].id) is topic.stances[0] and topic.stance("no-such-stance") is None


def test_a_statement_was_said_by_the_earliest_day_a_source_printed_it():
    reed = next(s for s in FIXTURE.statements if s.id == "reed-ukraine-accepted")
    month = dataclasses.replace(reed, date=parse("2025-03"))
    assert month.first_day == dt.date(2025, 3, 1) and month.last_day == dt.date(2025, 3, 22)  # the Daily's date
    wire = dataclasses.replace(reed.printings[0].source, date=parse("2025-03-12"))
    earlier = dataclasses.replace(month, printings=(dataclasses.replace(reed.printings[0], source=wire),))
    assert earlier.last_day == dt.date(2025, 3, 12)
    assert reed.first_day is None  # "on or before": no first day
    assert [p.source.id for p in reed.printed] == ["daily-2025-03-22", "wire-reed"]
