"""The dates of the data format: the EDTF subset of the spec, with words and a sort order."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

PATTERN = re.compile(r"(?P<before>\.\./)?(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
MONTHS = tuple(calendar.month_name)
EXPECTED = "a date such as 2025, 2025-03, 2025-02-12 or ../2025-03-22"

PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True)
class Date:
    """A date of known precision, as the spec's EDTF subset writes it."""

    text: str
    """As written in the data, e.g. `2025-03` or `../2025-03-22`."""
    year: int
    month: int | None
    day: int | None
    before: bool
    """`../DATE`: some time on or before that date."""

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def last_day(self) -> dt.date:
        """The last day the date may mean."""
        return _last_day(self.year, self.month, self.day)

    @property
    def first_day(self) -> dt.date:
        """The first day the date may mean; `dt.date.min` for `../DATE` (no earliest day known)."""
        if self.before:
            return dt.date.min
        return _first_day(self.year, self.month, self.day)

    def is_after(self, other: Date) -> bool:
        """Known to be later: its first possible day comes after the other's last possible day.

        Two dates whose ranges overlap (`2025-03` and `2025-03-10`, or `../2025-03-22` and
        `2025-02-12`) are in no known order: neither is after the other."""
        return self.first_day > other.last_day

    @property
    def exact(self) -> bool:
        """One known day."""
        return bool(self.day) and not self.before

    @property
    def sort_key(self) -> tuple:
        """Chronological by the last possible day; a less precise date sorts after the precise
        ones it contains, and `../DATE` after everything that ends on the same day."""
        return (self.last_day, self.before, PRECISION_RANK[self.precision])

    @property
    def words(self) -> str:
        """`12 February 2025`, `March 2025`, `2025`, `on or before 22 March 2025`."""
        parts = [str(self.day)] if self.day else []
        parts += [MONTHS[self.month]] if self.month else []
        text = " ".join([*parts, str(self.year)])
        return f"on or before {text}" if self.before else text

    @property
    def period_id(self) -> str:
        """The anchor of `period`: `2025-03`, `2025`, `before-2025-03-22`."""
        if self.before:
            return "before-" + self.text.removeprefix("../")
        return f"{self.year}-{self.month:02}" if self.month else str(self.year)

    @property
    def period(self) -> str:
        """The timeline heading this date falls under: its month where the month is known, else
        a heading of its own (`2025, month not known`, `On or before 22 March 2025`), so that an
        inexact date never stands under a month it may not belong to."""
        if self.before:
            return self.words[0].upper() + self.words[1:]
        if not self.month:
            return f"{self.year}, month not known"
        return f"{MONTHS[self.month]} {self.year}"


def parse(text: str) -> Date | str:
    """The date `text` means, or a message saying why it is not one."""
    match = PATTERN.fullmatch(text.strip())
    if not match:
        return f"`{text}` is not {EXPECTED}{_other_order(text.strip())}"
    year = int(match.group("year"))
    month, day = (int(g) if g else None for g in match.group("month", "day"))
    try:
        dt.date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        return f"`{text}` is not a date that exists"
    return Date(text.strip(), year, month, day, bool(match.group("before")))


DAY_MONTH_YEAR = re.compile(r"(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-](?P<year>\d{4})")
YEAR_MONTH_DAY = re.compile(r"(?P<year>\d{4})[./](?P<month>\d{1,2})[./](?P<day>\d{1,2})")


def _other_order(text: str) -> str:
    """`; did you mean 2025-03-25?` for a day written in another order or with other separators
    (`25/03/2025`, `25.03.2025`, `03/25/2025`, `2025/03/25`); both readings where either could be meant."""
    if found := YEAR_MONTH_DAY.fullmatch(text):
        readings = [(found["year"], found["month"], found["day"])]
    elif found := DAY_MONTH_YEAR.fullmatch(text):
        readings = [(found["year"], found["b"], found["a"]), (found["year"], found["a"], found["b"])]
    else:
        return ""
    days = list(dict.fromkeys(d for d in (_iso(*r) for r in readings) if d))
    if not days:
        return ""
    return f"; did you mean {days[0]}?" if len(days) == 1 else (
        f"; did you mean {days[0]} (day first) or {days[1]} (month first)?")


def _iso(year: str, month: str, day: str) -> str:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return ""


@functools.lru_cache(maxsize=4096)
def _first_day(year: int, month: int | None, day: int | None) -> dt.date:
    """Worked out once per date, as `_last_day`."""
    return dt.date(year, month or 1, day or 1)


@functools.lru_cache(maxsize=4096)
def _last_day(year: int, month: int | None, day: int | None) -> dt.date:
    """Worked out once per date: the timeline and the latest positions ask it of every
    statement, many times."""
    month = month or 12
    return dt.date(year, month, day or calendar.monthrange(year, month)[1])
