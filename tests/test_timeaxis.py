"""The timeline's picture: each statement once on its topic's row, where its date puts it, as
long as its date allows, never on top of another."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from conftest import SHEET

from generator.build.pipeline import read_sheet
from generator.data.dates import parse
from generator.site import timeaxis

SHEET_MODEL = read_sheet(SHEET / "data")
STATEMENTS = list(SHEET_MODEL.statements)


def dated(text: str, n: int = 0, printed: str = "2025-12-31"):
    """A statement of the fixture with another date (and its own id), in a source of `printed`."""
    s = STATEMENTS[0]
    return dataclasses.replace(s, id=f"{s.id}-{n}", date=parse(text),
                               source=dataclasses.replace(s.source, date=parse(printed)))


def marks(axis: timeaxis.Axis) -> dict[str, timeaxis.Mark]:
    return {m.statement.id: m for row in axis.rows for m in row.marks}


def test_every_statement_is_on_its_topics_row_once():
    axis = timeaxis.axis(STATEMENTS, SHEET_MODEL.topics)
    assert sorted(marks(axis)) == sorted(s.id for s in STATEMENTS)
    for row in axis.rows:
        assert all(m.statement.topic is row.topic for m in row.marks)
    assert [r.topic for r in axis.rows] == [t for t in SHEET_MODEL.topics if any(s.topic is t for s in STATEMENTS)]


def test_a_month_is_drawn_only_up_to_the_day_its_source_was_printed():
    statements = [dated("2025-01-01", 1), dated("2025-03", 2, printed="2025-03-22")]
    found = marks(timeaxis.axis(statements, SHEET_MODEL.topics))
    days = (dt.date(2025, 3, 22) - dt.date(2025, 1, 1)).days + 1
    month = found[statements[1].id]
    assert month.left + month.width == pytest.approx(1)
    assert month.width == pytest.approx(22 / days)


def test_a_day_and_a_month_are_drawn_as_long_as_they_may_be_on_or_before_a_day_as_a_short_mark_ending_there():
    statements = [dated("2025-01-01", 1), dated("2025-02", 2), dated("2025-03-31", 3), dated("../2025-03-15", 4)]
    axis = timeaxis.axis(statements, SHEET_MODEL.topics)
    found = marks(axis)
    days = (dt.date(2025, 3, 31) - dt.date(2025, 1, 1)).days + 1
    day, month, last, before = (found[s.id] for s in statements)
    assert day.left == 0 and day.width == pytest.approx(1 / days)
    assert month.left == pytest.approx(31 / days) and month.width == pytest.approx(28 / days)
    assert last.left + last.width == pytest.approx(1)
    assert before.open_start and before.width == pytest.approx(round(timeaxis.OPEN_TAIL * days) / days)
    assert before.left + before.width == pytest.approx((days - 16) / days)  # it ends on 15 March
    assert not (day.open_start or month.open_start)


def test_marks_that_would_touch_are_stacked_in_lanes():
    statements = [dated("2025-03-10", n) for n in range(5)] + [dated("2025-03", 9)]
    (row,) = timeaxis.axis(statements, SHEET_MODEL.topics).rows
    assert row.lanes == 6
    for a in row.marks:
        for b in row.marks:
            if a is not b and a.lane == b.lane:
                assert a.left + max(a.width, timeaxis.ROOM) <= b.left or b.left + max(b.width, timeaxis.ROOM) <= a.left


@pytest.mark.parametrize("dates, label", [
    (["2025-02-12", "2025-03-20"], r"[A-Z][a-z]{2} 2025"),
    (["2023-01-05", "2025-11-20"], r"(Jan|Jul) 202[345]"),
    (["2010", "2025"], r"\d{4}"),
])
def test_the_axis_has_at_most_six_labels_in_order_months_or_years(dates, label):
    axis = timeaxis.axis([dated(d, n) for n, d in enumerate(dates)], SHEET_MODEL.topics)
    assert 1 <= len(axis.ticks) <= timeaxis.TICKS
    assert all(re.fullmatch(label, t.label) for t in axis.ticks)
    assert [t.at for t in axis.ticks] == sorted(t.at for t in axis.ticks) and all(0 <= t.at <= 1 for t in axis.ticks)


def test_no_statements_no_picture():
    assert timeaxis.axis([], SHEET_MODEL.topics) == timeaxis.Axis([], [])


def test_each_mark_is_numbered_as_its_statement_in_the_list_and_named_only_where_its_lane_has_room():
    axis = timeaxis.axis(STATEMENTS, SHEET_MODEL.topics)
    assert axis.labelled
    found = marks(axis)
    assert [found[s.id].number for s in STATEMENTS] == list(range(1, len(STATEMENTS) + 1))
    for row in axis.rows:
        for m in row.marks:
            later = [o.left for o in row.marks if o.lane == m.lane and o.left > m.left]
            free = min([*later, 1.0]) - (m.left + max(m.width, timeaxis.ROOM) + timeaxis.LABEL)
            assert m.room == pytest.approx(max(0.0, free))
            assert m.named == (free >= timeaxis.NAME_ROOM)
            assert all(o.left >= m.left + max(m.width, timeaxis.ROOM) + timeaxis.LABEL for o in row.marks
                       if o.lane == m.lane and o.left > m.left)  # its number never under the next mark
    apart = marks(timeaxis.axis([dated("2024-01-01", 1), dated("2025-06-01", 2)], SHEET_MODEL.topics))
    assert apart[f"{STATEMENTS[0].id}-1"].named and not apart[f"{STATEMENTS[0].id}-2"].named  # the axis ends there


def test_a_page_of_more_marks_than_can_be_labelled_is_drawn_without_numbers():
    many = [dated(f"2025-{1 + n % 12:02d}", n) for n in range(timeaxis.LABELLED_UP_TO + 1)]
    axis = timeaxis.axis(many, SHEET_MODEL.topics)
    assert not axis.labelled and all(m.number == 0 and not m.named for m in marks(axis).values())
    assert timeaxis.axis(many[:-1], SHEET_MODEL.topics).labelled
