"""What the last build read, kept beside its pages (`docs/.factsheet-cache`): the checked fact
sheet, with the fingerprint of each data file it was read from.

After an edit to statement files, the next build reads and checks only those files, and takes
every other record as it was checked (validate.CheckedBefore). Only then: a change to any other data
file, or to the generator's code, and everything is read again. A problem found in the files
read again sends the build back to reading everything, so that problems are always reported as
a full check reports them (pipeline.py). The fingerprints are of the very bytes that were parsed,
so an edit made while a build reads is seen by the next one.

Beside docs/, each edition keeps its memos (`.docs.memo-en-downloads`, `.docs.memo-uk-search`…:
memo.py): what its downloads and its search index show of each statement, by the statement's
fingerprint, so that a build after an edit works those out again only for the statements that
changed. A memo holds values by fingerprint, right whichever build wrote them: so it is not
swapped in with the pages, but written by the process that made it as soon as it has it (a
failed build leaves one that the next build can use, and docs/ as it was).

The cache is the generator's own file, written into docs/ with the pages (MkDocs skips dot
files, git ignores docs/). It is a pickle: only this generator writes it, and a cache from
anywhere else must never be put there. A cache that is missing, unreadable or from other code
is ignored.
"""

from __future__ import annotations

import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

from generator.build.inputs import code_digest
from generator.build.write import atomic_write
from generator.data.load import TEXT_KIND, Loaded
from generator.data.model import FactSheet
from generator.data.validate import CheckedBefore

FILE = ".factsheet-cache"
STATEMENTS = "statement"


@dataclass(frozen=True)
class Reading:
    """A checked fact sheet and the data files it was read from."""

    files: dict[str, tuple[str, str]]
    """Each data file's record type and fingerprint (load.file_digest), by its path as messages show it."""
    sheet: FactSheet

    def known(self, now: dict[str, tuple[str, str]]) -> CheckedBefore | None:
        """What can be taken as it is, given the data files as they are `now`; None when a file
        other than a statement file was changed, added or removed."""
        changed = {f for f in self.files.keys() | now.keys() if self.files.get(f) != now.get(f)}
        if any(kind != STATEMENTS for f in changed for kind, _ in filter(None, (self.files.get(f), now.get(f)))):
            return None
        return CheckedBefore(self.sheet, frozenset(changed))

    def after(self, known: CheckedBefore | None, loaded: Loaded, sheet: FactSheet) -> Reading:
        """The reading of a build that took `known` as it was (or nothing, None) and read `loaded`."""
        kept = {f: v for f, v in self.files.items() if f not in known.reread} if known else {}
        read = {d.shown: (kind, d.digest) for kind, documents in loaded.documents.items() for d in documents}
        stored = {t.shown: (TEXT_KIND, t.digest) for t in loaded.texts.values()}
        return Reading(kept | read | stored, sheet)


NOTHING = Reading({}, FactSheet((), (), (), (), ()))
"""The reading before any build."""


def key() -> bytes:
    """The code a reading is valid for: the generator's own code and templates, and Python's version."""
    return f"{code_digest()} {sys.version}\n".encode()


def recall(docs: Path) -> Reading:
    """The last build's reading, kept in `docs`; NOTHING when there is none this code can use."""
    try:
        raw = (docs / FILE).read_bytes()
    except OSError:
        return NOTHING
    expected = key()
    if not raw.startswith(expected):
        return NOTHING
    try:
        reading = pickle.loads(raw[len(expected):])
    except Exception:  # written by a build that was stopped mid-way, or damaged: read everything
        return NOTHING
    return reading if isinstance(reading, Reading) else NOTHING


def dumps(reading: Reading) -> bytes:
    """The file that keeps `reading` for the next build (write.py writes it into docs/ with the pages)."""
    return key() + pickle.dumps(reading, protocol=pickle.HIGHEST_PROTOCOL)


def memo_path(docs: Path, language: str, output: str) -> Path:
    """Where the memo (memo.py) of an edition's `output` (its downloads, or its search index) is
    kept: beside `docs`, named after it."""
    return docs.with_name(f".{docs.name}.memo-{language}-{output}")


def recall_memo(path: Path) -> dict:
    """An edition's memo as the last build kept it (`memo_path`); empty where there is none this
    code can use."""
    try:
        raw = path.read_bytes()
    except OSError:
        return {}
    expected = key()
    if not raw.startswith(expected):
        return {}
    try:
        values = pickle.loads(raw[len(expected):])
    except Exception:  # damaged: work everything out again
        return {}
    return values if isinstance(values, dict) else {}


def keep_memo(path: Path, values: dict) -> None:
    """Keep an edition's memo for the next build (atomically: a build reading it meanwhile reads the
    last one whole)."""
    atomic_write(path, key() + pickle.dumps(values, protocol=pickle.HIGHEST_PROTOCOL))
