"""`python -m generator verify-quotes SOURCE_ID TEXTFILE`: every quote and excerpt citing a
source, checked against a plain-text copy of it.

Tolerated: typographic apostrophes, quotation marks and dashes, any run of white space, and
omissions marked with `…`, `...` or `[…]` (the parts around them must appear in order).
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass

from generator.data.model import FactSheet, Source, Statement

TYPOGRAPHY = str.maketrans({
    "‘": "'", "’": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
    "–": "-", "—": "-", "‑": "-", "−": "-", "\u00a0": " ", "…": "...",
})
OMISSION = re.compile(r"\s*\[?\.\.\.\]?\s*")


@dataclass(frozen=True)
class Mismatch:
    """A quote or excerpt not found in the source text, with the passage most like it."""

    statement: Statement
    field: str
    """`quote` or `excerpt`."""
    closest: str
    likeness: float
    differs: str = ""
    """The words that differ, as `«theirs» → «source's»`, e.g. `«do not» → «don't»`."""


def normalise(text: str) -> str:
    return " ".join(text.translate(TYPOGRAPHY).split())


normalised = functools.lru_cache(maxsize=32)(normalise)
"""`normalise`, kept for the few long texts that many statements are checked against (a source's)."""


FIELDS = ("quote", "excerpt")
"""The fields that hold a source's own words."""


def verify(statements: list[Statement], source_text: str) -> list[Mismatch]:
    """The quotes and excerpts of `statements` that `source_text` does not hold."""
    text = normalise(source_text)
    return [m for s in statements for field in FIELDS if getattr(s, field) and (m := _check(s, field, text))]


def checked(statements: list[Statement]) -> int:
    """How many quotes and excerpts `verify` reads."""
    return sum(1 for s in statements for field in FIELDS if getattr(s, field))


def verify_text(words: str, text: str) -> bool:
    """Whether the normalised `text` holds `words`, omissions allowed (see the module's doc)."""
    return _missing_part(words, text) is None


def _missing_part(words: str, text: str) -> str | None:
    """The first part of `words` (between omissions) not found in order in `text`."""
    position = 0
    for part in (p for p in OMISSION.split(normalise(words)) if p):
        found = text.find(part, position)
        if found < 0:
            return part
        position = found + len(part)
    return None


def _check(statement: Statement, field: str, text: str) -> Mismatch | None:
    found = not_found(getattr(statement, field), text)
    return Mismatch(statement, field, *found) if found else None


def not_found(words: str, text: str) -> tuple[str, float, str] | None:
    """None where the normalised `text` holds `words`; otherwise the passage of `text` closest to
    the part not found, how alike they are, and the words that differ."""
    part = _missing_part(words, text)
    if part is None:
        return None
    closest, likeness = _closest(part, text)
    return closest, likeness, differences(part, closest)


def mismatch_message(found: tuple[str, float, str], text_file: str) -> str:
    """What `check` and `verify-quotes` say of words a source's text does not hold."""
    closest, likeness, differs = found
    return (f"not found in {text_file}; the closest passage ({likeness:.0%} alike) reads: «{closest}»; "
            f"the words that differ: {differs}")


def differences(words: str, source: str) -> str:
    """Word by word, what `words` has where `source` has something else: `«a b» → «c»; …`."""
    ours, theirs = words.split(), source.split()
    changes = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes():
        if op != "equal":
            changes.append(f"«{' '.join(ours[a1:a2]) or '…'}» → «{' '.join(theirs[b1:b2]) or '…'}»")
    return "; ".join(changes)


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


def unchecked(sheet: FactSheet) -> list[tuple[Source, int, int]]:
    """The sources cited without a stored copy of what they printed, with how many statements
    and NATO statuses rest on each: their words and facts are not checked against the source."""
    statements = [s.source for s in sheet.statements if not s.source.stored]
    statuses = [c.nato_source for c in sheet.countries if c.nato_source and not c.nato_source.stored]
    cited = dict.fromkeys(statements + statuses)
    return [(source, statements.count(source), statuses.count(source)) for source in cited]
