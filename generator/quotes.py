"""`python -m generator verify-quotes SOURCE_ID TEXTFILE`: every quote citing a source,
checked against a plain-text copy of it.

Tolerated: typographic apostrophes, quotation marks and dashes, any run of white space, and
omissions marked with `…`, `...` or `[…]` (the parts around them must appear in order).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from generator.model import Statement

TYPOGRAPHY = str.maketrans({
    "‘": "'", "’": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
    "–": "-", "—": "-", "‑": "-", "−": "-", "\u00a0": " ", "…": "...",
})
OMISSION = re.compile(r"\s*\[?\.\.\.\]?\s*")


@dataclass(frozen=True)
class Mismatch:
    """A quote not found in the source text, with the passage most like it."""

    statement: Statement
    closest: str
    likeness: float


def normalise(text: str) -> str:
    return " ".join(text.translate(TYPOGRAPHY).split())


def verify(statements: list[Statement], source_text: str) -> list[Mismatch]:
    """The quotes of `statements` that `source_text` does not hold."""
    text = normalise(source_text)
    return [m for s in statements if s.quote and (m := _check(s, text))]


def _check(statement: Statement, text: str) -> Mismatch | None:
    position = 0
    for part in (p for p in OMISSION.split(normalise(statement.quote)) if p):
        found = text.find(part, position)
        if found < 0:
            closest, likeness = _closest(part, text)
            return Mismatch(statement, closest, likeness)
        position = found + len(part)
    return None


def _closest(part: str, text: str) -> tuple[str, float]:
    """The passage of `text`, in whole words, most like `part`: a coarse scan, then a fine one."""
    step = max(1, len(part) // 8)
    coarse = _best(part, text, range(0, max(1, len(text) - len(part) + 1), step))
    start = _best(part, text, range(max(0, coarse - step), coarse + step + 1))
    begin = text.rfind(" ", 0, start + 1) + 1
    end = text.find(" ", start + len(part) - 1)
    passage = text[begin : end if end >= 0 else len(text)]
    return passage, _likeness(part, passage)


def _best(part: str, text: str, starts: range) -> int:
    return max(starts, key=lambda i: (_likeness(part, text[i : i + len(part)]), -i))


def _likeness(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
