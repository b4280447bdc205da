"""Writing pages into docs/: only what changed, each file atomically, stale pages removed.

A manifest (`docs/.generated`) lists what the generator wrote, so that it removes only its
own stale pages and never overwrites or deletes a hand-written file beside them.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MANIFEST = ".generated"
LOCK = ".generated.lock"


class WriteError(Exception):
    """A page cannot be written without losing something."""


@dataclass(frozen=True)
class Report:
    """What a write did."""

    written: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: int

    def __str__(self) -> str:
        return f"{len(self.written)} written, {self.unchanged} unchanged, {len(self.removed)} removed"


def write(pages: dict[str, str], out: Path) -> Report:
    """Bring `out` to exactly `pages` (plus any hand-written files), one build at a time."""
    out.mkdir(parents=True, exist_ok=True)
    with _locked(out / LOCK):
        previous = _manifest(out)
        _refuse_unsafe(pages, out, previous)
        written = tuple(path for path, text in sorted(pages.items()) if _write_if_changed(out / path, text))
        removed = tuple(sorted(previous - pages.keys()))
        for path in removed:
            _remove(out, path)
        if written or removed or not (out / MANIFEST).exists():
            _atomic_write(out / MANIFEST, "".join(f"{p}\n" for p in sorted(pages)))
    return Report(written, removed, len(pages) - len(written))


def _refuse_unsafe(pages: dict[str, str], out: Path, previous: set[str]) -> None:
    for path in pages:
        pure = PurePosixPath(path)
        if pure.is_absolute() or ".." in pure.parts or path.startswith("."):
            raise WriteError(f"refusing to write outside {out}: {path}")
        if path not in previous and (out / path).exists():
            raise WriteError(
                f"{out / path} exists and was not written by the generator; "
                "move hand-written pages to content/ (or delete it) and build again"
            )


def _manifest(out: Path) -> set[str]:
    try:
        return set((out / MANIFEST).read_text(encoding="utf-8").split())
    except FileNotFoundError:
        return set()


def _write_if_changed(target: Path, text: str) -> bool:
    data = text.encode("utf-8")
    if target.is_file() and target.read_bytes() == data:
        return False
    _atomic_write(target, text)
    return True


def _atomic_write(target: Path, text: str) -> None:
    """Write beside the target, then rename over it: readers see the old or the new file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(text.encode("utf-8"))
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _remove(out: Path, path: str) -> None:
    target = out / path
    target.unlink(missing_ok=True)
    for parent in target.parents:
        if parent == out or any(parent.iterdir()):
            break
        parent.rmdir()


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock: a second build waits instead of interleaving its writes."""
    with open(path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
