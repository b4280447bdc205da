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
import hashlib
import io
import pickle

from generator.data import model
from generator.site.plan import Page

RECORDS: tuple[type, ...] = tuple(
    c for c in vars(model).values() if isinstance(c, type) and c.__module__ == model.__name__
    and dataclasses.is_dataclass(c) and not c.__dataclass_params__.eq  # type: ignore[attr-defined]
    and c is not model.FactSheet)
"""The model's record types (model.RECORD: compared by identity): each is fingerprinted once."""


def pages(planned: list[Page], shared: str) -> dict[str, str]:
    """Each planned page's fingerprint, by its path under docs/."""
    flat = _Flat()
    found = {}
    for page in planned:
        digest = hashlib.blake2b(shared.encode(), digest_size=16)
        digest.update(page.path.encode())
        digest.update(flat(page.context))
        found[page.path] = digest.hexdigest()
    return found


def records(sheet: model.FactSheet) -> None:
    """Each record's fingerprint worked out and kept on it, where it is not already: a build
    after an edit to statement files takes every other record from the last build's cache
    (cache.py), fingerprint included, so it works out only those of the statements read again."""
    flat = _Flat()
    for kind in (sheet.topics, sheet.countries, sheet.actors, sheet.sources, sheet.statements):
        for record in kind:
            flat.record(record)


def of(record: object) -> bytes:
    """A record's fingerprint, as `records` worked it out (memo.py keeps values by it)."""
    return record.__dict__[DIGEST]


DIGEST = "_fingerprint"
"""The attribute a record keeps its fingerprint in (in its __dict__, so pickled with it)."""


class _Flat:
    """Values as bytes that differ when anything in them differs, each record as its own
    fingerprint (worked out once per record, and kept on it: DIGEST). Equal bytes are equal
    values (pickle is faithful), so a page whose bytes are unchanged is unchanged. Unequal bytes
    for equal values would only cost a needless render: pages are pickled with pickle's memo
    (faster), so the bytes also say which objects a page holds twice, which the planning code
    decides the same way in every build (and a change to that code changes every fingerprint
    anyway); and contexts hold no sets, whose order changes from one process to the next.
    tests/test_fingerprint.py and tests/test_cache.py check both: equal fingerprints in every
    process, and after an edit read alone or with everything."""

    def __init__(self) -> None:
        self.pages = _Pickler({kind: self.reduce_record for kind in RECORDS}, memo=True)
        self.fields = _Pickler({}, memo=False)
        """For a record's own fields, the records it refers to put in as their fingerprints."""

    def __call__(self, value: object) -> bytes:
        return self.pages.flat(value)

    def reduce_record(self, record: object) -> tuple:
        """A record stands in a page's bytes as its own fingerprint."""
        return bytes, (self.record(record),)

    def record(self, record: object) -> bytes:
        """A record's fingerprint: its type and fields, the records it refers to by theirs
        (records are frozen, so it is worked out once and kept)."""
        kept = record.__dict__
        found = kept.get(DIGEST)
        if found is not None:
            return found
        values: list[object] = [type(record).__name__]
        for name in _FIELDS[type(record)]:
            value = getattr(record, name)
            if type(value) in _RECORDS:
                value = self.record(value)
            elif type(value) is tuple:
                value = tuple(self.record(v) if type(v) in _RECORDS else v for v in value)
            values.append(value)
        found = kept[DIGEST] = hashlib.blake2b(self.fields.flat(values), digest_size=16).digest()
        return found


class _Pickler(pickle.Pickler):
    """One pickler, used again and again; with `memo`, its memo is cleared before each value."""

    def __init__(self, table: dict, memo: bool) -> None:
        self.out = io.BytesIO()
        super().__init__(self.out, protocol=pickle.HIGHEST_PROTOCOL)
        self.fast = not memo
        self.dispatch_table = table

    def flat(self, value: object) -> bytes:
        self.out.seek(0)
        self.out.truncate()
        if not self.fast:
            self.clear_memo()
        self.dump(value)
        return self.out.getvalue()


_RECORDS = frozenset(RECORDS)
_FIELDS = {kind: tuple(f.name for f in dataclasses.fields(kind)) for kind in RECORDS}
