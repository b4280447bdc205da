"""What a build works out per statement for its downloads and its search index, kept for the next.

A statement's record in the JSON, its row of the CSV, its search entry: each depends on the
statement alone (its fields and those of the records it refers to: its fingerprint,
fingerprint.py), on the edition's language and on the code. So a build after an edit works out
those of the statements that changed, and takes the others as the last build made them: the
pipeline keeps each edition's memo beside the pages (cache.py), for code and Python as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar, cast

from generator.data.model import Statement

T = TypeVar("T")
Key = tuple[str, bytes]
"""What a value is kept by: what it is (`json`, `csv`, `entry`) and its statement's fingerprint."""


class Memo:
    """Values per statement: those `before` holds (the last build's, in this edition's language)
    by `fingerprint`, the others made. `now` holds those this build used, for the next one.
    Without a `fingerprint`, nothing is kept: every value is made."""

    def __init__(self, before: Mapping[Key, object] | None = None,
                 fingerprint: Callable[[Statement], bytes] | None = None) -> None:
        self.before = before or {}
        self.fingerprint = fingerprint
        self.now: dict[Key, object] = {}

    def __call__(self, kind: str, statement: Statement, make: Callable[[Statement], T]) -> T:
        """The statement's value of this `kind`, as `make` makes it."""
        if self.fingerprint is None:
            return make(statement)
        key = (kind, self.fingerprint(statement))
        found = self.before.get(key)
        if found is None:
            found = make(statement)
        self.now[key] = found
        return cast(T, found)
