"""Fingerprints of what each page shows: a build renders only the pages whose fingerprint
changed since the last one, and keeps the others as docs/ holds them.

A page's fingerprint covers its whole context (contexts.py): every record in it by the
record's own fingerprint (its fields, and those of the records it refers to: a statement's
line shows its speaker's name and its topic's title), every other value as it is; plus what
every page shares (the generator's code and templates, the date the data was last updated,
which part of the sources list each source is on). Templates read nothing but their context
(they ask no questions: queries.py answers them before), so equal fingerprints give equal pages.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

from generator.pages import Page


def pages(planned: list[Page], shared: str) -> dict[str, str]:
    """Each planned page's fingerprint, by its path under docs/."""
    walker = _Walker()
    found = {}
    for page in planned:
        digest = hashlib.blake2b(shared.encode(), digest_size=16)
        digest.update(page.path.encode())
        walker.feed(digest, page.context)
        found[page.path] = digest.hexdigest()
    return found


class _Walker:
    """Feeds values into a digest; a record's own fingerprint is worked out once (by identity:
    records are frozen, and compare by identity)."""

    def __init__(self) -> None:
        self.records: dict[int, bytes] = {}

    def feed(self, digest, value: object) -> None:
        if isinstance(value, str):
            digest.update(b"s%d:" % len(value))
            digest.update(value.encode("utf-8", "surrogatepass"))
        elif value is None or isinstance(value, (bool, int, float, dt.date)):
            digest.update(repr(value).encode())
        elif isinstance(value, (list, tuple)):
            digest.update(b"[%d" % len(value))
            for item in value:
                self.feed(digest, item)
        elif isinstance(value, (set, frozenset)):
            self.feed(digest, sorted(value))
        elif isinstance(value, dict):
            digest.update(b"{%d" % len(value))
            for key, item in value.items():
                self.feed(digest, key)
                self.feed(digest, item)
        elif dataclasses.is_dataclass(value) and not type(value).__dataclass_params__.eq:
            digest.update(self.record(value))  # a record (model.RECORD: compared by identity)
        elif dataclasses.is_dataclass(value):
            digest.update(type(value).__name__.encode())
            self.fields(digest, value)
        else:
            raise TypeError(f"cannot fingerprint a {type(value).__name__}: pages show data, not {value!r}")

    def record(self, record: object) -> bytes:
        found = self.records.get(id(record))
        if found is None:
            digest = hashlib.blake2b(type(record).__name__.encode(), digest_size=16)
            self.fields(digest, record)
            found = self.records[id(record)] = digest.digest()
        return found

    def fields(self, digest, value: object) -> None:
        for f in dataclasses.fields(value):
            digest.update(f.name.encode())
            self.feed(digest, getattr(value, f.name))
