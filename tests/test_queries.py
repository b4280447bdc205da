"""The questions the pages ask (generator/queries.py), on the fixture fact sheet and small data.

Dates are ranges: a statement is later than another only when its first possible day comes
after the other's last; where the candidates for "latest" disagree, the order is not known.
"""

from __future__ import annotations

import textwrap

import pytest
from conftest import MINIMAL, SHEET, minimal_statement, write_data

from generator.build.pipeline import read_sheet as validate
from generator.site import queries

FIXTURE = validate(SHEET / "data")


def by_id(sheet, kind: str, record_id: str):
    return next(r for r in getattr(sheet, kind) if r.id == record_id)


def latest(sheet, country_id: str, topic_id: str) -> queries.Latest | None:
    country, topic = by_id(sheet, "countries", country_id), by_id(sheet, "topics", topic_id)
    return queries.positions_on(sheet, country, topic).latest


def test_overlapping_dates_with_different_stances_leave_the_order_not_known():
    found = latest(FIXTURE, "us", "membership")
    assert found.own and not found.order_known
    assert [s.id for s in found.statements] == ["berg-supports-in-february", "berg-not-realistic"]
    assert [st.id for st in found.stances] == ["supports", "not-realistic"]  # the topic's order


def test_an_exact_day_inside_a_month_never_loses_to_it():
    ids = [s.id for s in latest(FIXTURE, "us", "membership").statements]
    assert "berg-not-realistic" in ids


def test_a_statement_known_to_be_later_wins():
    found = latest(FIXTURE, "de", "membership")
    assert found.own and [s.id for s in found.statements] == ["lind-no"]
    reported = queries.positions_on(FIXTURE, by_id(FIXTURE, "countries", "de"), by_id(FIXTURE, "topics", "membership"))
    assert queries.latest_of(reported.reported_statements, own=False).statements[0].id == "koval-reports-germany"
    assert len(queries.latest_of(reported.reported_statements, own=False).statements) == 1  # January after October 2024


def test_an_own_position_is_shown_with_a_differing_report_not_known_to_be_older():
    found = latest(FIXTURE, "ua", "membership")
    assert found.own and [s.id for s in found.statements] == ["koval-accession"]
    assert [s.id for s in found.reported_otherwise] == ["reed-ukraine-accepted"]  # both "on or before 22 March"
    assert [st.id for st in found.other_stances] == ["accepts-non-membership"]


@pytest.mark.parametrize("reported_date, shown", [
    ("2025-02-12", False),  # known to be older than the own statement of 1 March: superseded
    ("2025-03", True),  # March 2025 may be after 1 March
    ("../2025-03-22", True),
])
def test_a_differing_report_is_shown_beside_the_own_position_unless_known_to_be_older(
        tmp_path, reported_date, shown):
    own = ("- id: koval-own\n  date: 2025-03-01\n  speaker: ivan-koval\n  topic: nato-membership\n"
           "  stance: supports\n  voice: own\n  quote: We said no.\n  source: src\n")
    data = write_data(tmp_path / "data", {
        **MINIMAL, "actors.yaml": textwrap.dedent(MINIMAL["actors.yaml"])
        + "- id: ivan-koval\n  name: Ivan Koval\n  kind: person\n  country: ua\n  role: Minister\n",
        "statements/one.yaml": minimal_statement(date=reported_date) + own})
    found = latest(validate(data), "ua", "nato-membership")
    assert found.own and [s.id for s in found.statements] == ["koval-own"]
    assert [s.id for s in found.reported_otherwise] == (["doe-opposes"] if shown else [])


def test_a_differing_report_superseded_by_a_later_report_is_not_shown(tmp_path):
    own = ("- id: koval-own\n  date: ../2025-03-22\n  speaker: ivan-koval\n  topic: nato-membership\n"
           "  stance: supports\n  voice: own\n  quote: We said no.\n  source: src\n")
    later = minimal_statement(id="doe-supports", date="2025-03-01", stance="supports")
    data = write_data(tmp_path / "data", {
        **MINIMAL, "actors.yaml": textwrap.dedent(MINIMAL["actors.yaml"])
        + "- id: ivan-koval\n  name: Ivan Koval\n  kind: person\n  country: ua\n  role: Minister\n",
        "statements/one.yaml": minimal_statement(date="2025-02-12") + later + own})
    found = latest(validate(data), "ua", "nato-membership")
    assert found.own and found.reported_otherwise == ()  # doe's "opposes" of 12 February, reported again otherwise


def two_statements(tmp_path, first_date: str, second_date: str, second_stance: str = "supports"):
    second = minimal_statement(id="doe-second", date=second_date, stance=second_stance)
    data = write_data(
        tmp_path / "data", {**MINIMAL, "statements/one.yaml": minimal_statement(date=first_date) + second}
    )
    return validate(data)


@pytest.mark.parametrize("first, second, known", [
    ("../2025-03-22", "2025-02-12", False),  # "on or before" does not outrank an exact day
    ("2025-03", "2025-03-10", False),
    ("2025", "2025-02", False),
    ("2025-02-12", "2025-03", True),
    ("2024", "2025-01-01", True),
    ("../2025-01-31", "2025-02-01", True),
])
def test_order_is_known_only_when_the_ranges_do_not_overlap(tmp_path, first, second, known):
    sheet = two_statements(tmp_path, first, second)
    found = latest(sheet, "ua", "nato-membership")
    assert found.order_known is known
    if known:
        assert [s.id for s in found.statements] == ["doe-second"]


def test_candidates_with_one_stance_are_one_known_position(tmp_path):
    sheet = two_statements(tmp_path, "2025-03", "2025-03-10", second_stance="opposes")
    found = latest(sheet, "ua", "nato-membership")
    assert found.order_known and len(found.statements) == 2 and [st.id for st in found.stances] == ["opposes"]


def test_topic_groups_put_an_unsettled_country_under_order_not_known():
    topic = by_id(FIXTURE, "topics", "membership")
    groups = {st.id: [c.id for c, _ in entries] for st, entries in queries.latest_by_stance(FIXTURE, topic)}
    assert groups == {"supports": ["ua"], "accepts-non-membership": [], "not-realistic": [], "opposes": ["de", "no"]}
    assert [c.id for c, _ in queries.order_not_known(FIXTURE, topic)] == ["us"]


def test_own_position_comes_from_the_voice_not_the_speakers_country():
    reed = by_id(FIXTURE, "statements", "reed-ukraine-accepted")
    view = by_id(FIXTURE, "statements", "reed-guarantees-open")
    assert reed.speaker.country.id == "us" and [c.id for c in reed.reported_for] == ["ua"]
    assert view.position_of == () and view.reported_for == ()
    ua = latest(FIXTURE, "ua", "membership")
    assert ua.own and [s.id for s in ua.statements] == ["koval-accession"]
    assert latest(FIXTURE, "us", "guarantees") is None  # a view is no country's position


def test_timeline_files_inexact_dates_under_headings_of_their_own():
    periods = [(p.id, p.heading, [s.id for s in p.statements]) for p in queries.periods(FIXTURE.statements)]
    assert [(i, h) for i, h, _ in periods] == [
        ("2024-10", "October 2024"),
        ("2025-01", "January 2025"),
        ("2025-02", "February 2025"),
        ("before-2025-03-22", "On or before 22 March 2025"),
        ("2025", "2025, month not known"),
    ]
    assert periods[2][2] == ["berg-not-realistic", "berg-supports-in-february"]
    assert "lind-no" in periods[4][2] and all(len(ids) for _, _, ids in periods)


def test_key_dates_leave_out_years_and_open_ranges():
    assert [s.id for s in queries.key_dates(FIXTURE, 10)] == [
        "berg-supports-in-february", "berg-not-realistic", "koval-reports-germany", "courier-reports-opposition"]


def test_records_with_nothing_to_show_are_not_published():
    assert [a.id for a in FIXTURE.actors if not queries.is_published(FIXTURE, a)] == ["ivan-nobody"]
    assert [c.id for c in FIXTURE.countries if not queries.is_published(FIXTURE, c)] == ["ru"]
    assert queries.is_published(FIXTURE, by_id(FIXTURE, "countries", "no"))  # reported for, no people


def test_a_source_says_what_a_reader_would_need_to_trace_it():
    daily, gazette, alliance = (
        by_id(FIXTURE, "sources", i) for i in ("daily-2025-03-22", "gazette-envoys", "alliance-members")
    )
    assert queries.not_recorded(daily) == ["its title", "its publisher", "its address"]
    assert queries.not_recorded(gazette) == []
    assert queries.not_recorded(alliance) == ["its title", "its date"]
    occasions = [(o.speaker.id, o.occasion, len(o.statements)) for o in queries.occasions_reported_in(FIXTURE, daily)]
    assert ("sam-reed", "Interview with a podcast", 2) in occasions and ("oleh-koval", "", 3) in occasions
