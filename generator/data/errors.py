"""Problems found in the data, each with the place it was found, and the one way to print them."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple


class Location(NamedTuple):
    """A place in a data file: 1-based line and column. (A named tuple: every value read from
    the data has one, and a tuple is made several times faster than a frozen dataclass.)"""

    file: str
    """The file's path as the editor would type it (relative to the working folder)."""
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in the data: where, in which record and field, and what."""

    location: Location
    message: str
    """What was found and what was expected."""
    record: str = ""
    """The record's id, or `#N` (its position in the file) where it has no usable id."""
    field: str = ""

    def __str__(self) -> str:
        parts = [str(self.location)]
        if self.record:
            parts.append(f"record {self.record}")
        if self.field:
            parts.append(self.field)
        parts.append(self.message)
        return visible(": ".join(parts))

    def github(self) -> str:
        """The problem as a GitHub Actions annotation."""
        loc = self.location
        text = str(self)[len(str(loc)) + 2 :].replace("%", "%25")  # on one line: see `visible`
        return f"::error file={loc.file},line={loc.line},col={loc.column}::{text}"


UNSEEN = {**{c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7F, 0xA0)]}, 0x09: "\\t", 0x0A: "\\n",
          0x0D: "\\r", **{c: f"\\u{c:04x}" for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]}}
"""Characters a message shows as escapes: control characters (a line break would split a problem
over two lines; an escape sequence would act on the editor's terminal) and the bidi controls
(which would reorder what the terminal shows)."""


def visible(text: str) -> str:
    """`text` with every character of UNSEEN written as its escape, so that it prints as one line
    that says exactly what is there."""
    return text.translate(UNSEEN)


class DataError(Exception):
    """The data cannot be published: every problem found, sorted by place."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems))
        super().__init__(self.report())

    def summary(self, outcome: str = "") -> str:
        """How many problems (and `outcome`, e.g. what was left alone)."""
        count = len(self.problems)
        found = f"{count} problem{'s' if count != 1 else ''} found"
        return f"{found}; {outcome}." if outcome else f"{found}."

    def report(self, outcome: str = "") -> str:
        """Every problem, a line each, then the summary."""
        return "\n".join([*map(str, self.problems), self.summary(outcome)])


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`; did you mean `x`?` for a near miss, else nothing."""
    choices = list(choices)
    starting = [c for c in choices if word and c.startswith(word)]
    close = starting if len(starting) == 1 else difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean `{close[0]}`?" if close else ""


def listing(choices: Iterable[str]) -> str:
    return ", ".join(f"`{c}`" for c in choices)
