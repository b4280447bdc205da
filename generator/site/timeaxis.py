"""The timeline's picture: where each statement of a timeline page stands on a time axis, one
row per topic. Numbers only (shares of the axis, lanes); the timeline's template draws them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
from collections.abc import Sequence
from dataclasses import dataclass

from generator.data.model import Statement, Topic
from generator.site.i18n import short_month

ROOM = 0.015
"""The share of the axis a mark takes at least (a day is thinner than a finger): the stylesheet
gives each mark this much width, and lanes keep marks this far apart."""
TICKS = 6
"""Axis labels at most."""
LABELLED_UP_TO = 60
"""Marks at most on a page whose marks are labelled: each with its number in the page's list
(the numbered key below the picture), and its speaker's name where the lane has room. More
marks than that are a picture of the whole, each named on hover and focus."""
LABEL = 0.05
"""The share of the axis a mark's number takes to its right (labelled pages keep it free)."""
NAME_ROOM = 0.22
"""The share of the axis that must be free after a mark's number for its speaker's name."""
OPEN_TAIL = 0.04
"""The share of the axis an "on or before" mark takes: a short mark ending at its day, fading to
the left (no earliest day is known; drawn as long as it may be, it would run from the axis's
start and outweigh every dated mark)."""


@dataclass(frozen=True)
class Mark:
    """One statement on the axis."""

    statement: Statement
    left: float
    """Where its first possible day starts, as a share of the axis (0–1); for `../DATE`, OPEN_TAIL
    before its day ends."""
    width: float
    """How long the date allows (a day, a month, a year), as a share of the axis."""
    lane: int
    open_start: bool
    """`../DATE`: no earliest day known, so the mark is short, ending at its day, fading to the left."""
    number: int = 0
    """Its place in the page's list (from 1), shown beside it on a labelled page; 0: not labelled."""
    room: float = 0.0
    """The share of the axis free after its number in its lane (up to the next mark, or the end)."""

    @property
    def named(self) -> bool:
        """Its lane has room for its speaker's name after its number (cut short to the room there)."""
        return self.room >= NAME_ROOM


@dataclass(frozen=True)
class Row:
    topic: Topic
    marks: list[Mark]
    lanes: int
    """How deep its marks stack (the stylesheet makes lanes thinner as they grow many)."""


@dataclass(frozen=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True)
class Axis:
    rows: list[Row]
    ticks: list[Tick]
    labelled: bool = False
    """Each mark shows its number (and its speaker's name where it fits): LABELLED_UP_TO."""


def axis(statements: list[Statement], topics: tuple[Topic, ...]) -> Axis:
    """The statements of one timeline page (in the order of its list) on one axis, from the
    earliest day any of them may mean to the latest, a row per topic that has any."""
    if not statements:
        return Axis([], [])
    start, end = _span(statements)
    days = (end - start).days + 1
    numbers = {id(s): n for n, s in enumerate(statements, 1)} if len(statements) <= LABELLED_UP_TO else {}
    rows = []
    for topic in topics:
        on_topic = sorted((s for s in statements if s.topic is topic), key=lambda s: (_first(s, start, days), s.id))
        if on_topic:
            rows.append(_row(topic, on_topic, start, days, numbers))
    return Axis(rows, _ticks(start, end, days), bool(numbers))


def _first(statement: Statement, start: dt.date, days: int) -> dt.date:
    """Where its mark starts: its first possible day, or, on or before a day, OPEN_TAIL before it."""
    if statement.date.before:
        return max(statement.last_day - dt.timedelta(days=max(0, round(OPEN_TAIL * days) - 1)), start)
    return max(statement.date.first_day, start)


def _span(statements: Sequence[Statement]) -> tuple[dt.date, dt.date]:
    """From the earliest first day to the latest last day; an "on or before" date, which has no
    first day, gets at least a month before its day to fade in."""
    end = max(s.last_day for s in statements)
    starts = [s.last_day - dt.timedelta(days=30) if s.date.before else s.date.first_day for s in statements]
    return min([*starts, end - dt.timedelta(days=30)]), end  # at least a month: a first of the month to label


def _row(topic: Topic, statements: list[Statement], start: dt.date, days: int, numbers: dict[int, int]) -> Row:
    """Each mark in the first lane free where it starts (`statements` by where they start: a
    lane free for one mark stays free for the marks after it); numbered as `numbers` says (by
    id), with room kept for the number, and the speaker's name where the lane leaves room."""
    busy: list[tuple[float, int]] = []  # (where it is free again, lane)
    free: list[int] = []
    lanes = 0
    marks = []
    label = LABEL if numbers else 0.0
    for s in statements:
        first = _first(s, start, days)
        left = (first - start).days / days
        width = ((s.last_day - first).days + 1) / days
        while busy and busy[0][0] <= left:
            heapq.heappush(free, heapq.heappop(busy)[1])
        lane = heapq.heappop(free) if free else lanes
        lanes = max(lanes, lane + 1)
        heapq.heappush(busy, (left + max(width, ROOM) + label, lane))
        marks.append(Mark(s, left, width, lane, s.date.before, numbers.get(id(s), 0)))
    return Row(topic, _named(marks) if numbers else marks, lanes)


def _named(marks: list[Mark]) -> list[Mark]:
    """The marks, each with the room its lane leaves after its number (up to the next mark in
    the lane, or the axis's end): its speaker's name is shown where that is NAME_ROOM."""
    found = []
    for m in marks:
        ends = [o.left for o in marks if o.lane == m.lane and o.left > m.left] + [1.0]
        found.append(dataclasses.replace(m, room=max(0.0, min(ends) - (m.left + max(m.width, ROOM) + LABEL))))
    return found


def _ticks(start: dt.date, end: dt.date, days: int) -> list[Tick]:
    """The first of a month every one, two, three or six months, or of a year every so many
    years: at most TICKS labels."""
    months = [(y, m) for y in range(start.year, end.year + 1) for m in range(1, 13)
              if start <= dt.date(y, m, 1) <= end]
    step = next((n for n in (1, 2, 3, 6) if len(months) <= TICKS * n), None)
    if step:
        chosen = [(y, m) for y, m in months if (m - 1) % step == 0]
        return [Tick((dt.date(y, m, 1) - start).days / days, short_month(m, y)) for y, m in chosen]
    years = [y for y, m in months if m == 1]
    every = -(-len(years) // TICKS)
    return [Tick((dt.date(y, 1, 1) - start).days / days, str(y)) for y in years[::every]]
