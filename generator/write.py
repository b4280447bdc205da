"""Writing pages into docs/: a complete new tree, swapped in at once.

The new tree is prepared beside docs/ (unchanged and hand-written files hard-linked, changed
pages written, stale ones left out), then exchanged with docs/ in one atomic rename. Killed
at any moment, a build leaves either the old docs/ or the new one, whole. Nothing happens
when nothing changed, so `mkdocs serve` does not rebuild in a loop. A manifest
(`docs/.generated`) lists what the generator wrote: it never overwrites or removes anything else.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MANIFEST = ".generated"
RENAME_EXCHANGE, AT_FDCWD = 2, -100


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
    out.parent.mkdir(parents=True, exist_ok=True)
    with _locked(out.parent / f".{out.name}.lock"):
        _remove_leftovers(out)
        out.mkdir(exist_ok=True)
        previous = _manifest(out)
        _refuse_unsafe(pages, out, previous)
        data = {path: text.encode("utf-8") for path, text in pages.items()}
        data[MANIFEST] = "".join(f"{p}\n" for p in sorted(pages)).encode("utf-8")
        changed = tuple(p for p in sorted(data) if not _holds(out / p, data[p]))
        removed = tuple(sorted(previous - pages.keys()))
        if changed or removed:
            _swap_in(out, {p: data[p] for p in changed}, removed)
    written = tuple(p for p in changed if p != MANIFEST)
    return Report(written, removed, len(pages) - len(written))


def _swap_in(out: Path, changed: dict[str, bytes], removed: tuple[str, ...]) -> None:
    staging = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.new-"))
    try:
        _link_tree(out, staging)
        for path, content in changed.items():
            atomic_write(staging / path, content)
        for path in removed:
            _remove(staging, path)
        _exchange(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # after the exchange: the old tree


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


def _holds(target: Path, content: bytes) -> bool:
    return target.is_file() and target.read_bytes() == content


def _link_tree(source: Path, target: Path) -> None:
    """Recreate `source` under `target` with hard links: no file is copied or changed."""
    for folder, dirs, files in os.walk(source):
        here = target / Path(folder).relative_to(source)
        for name in dirs:
            (here / name).mkdir()
        for name in files:
            os.link(Path(folder) / name, here / name, follow_symlinks=False)


def atomic_write(target: Path, content: bytes) -> None:
    """Write beside the target, then rename over it (which also breaks a hard link)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        os.fchmod(handle, 0o644)  # mkstemp's 0600 would hide the pages from a web server
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _remove(root: Path, path: str) -> None:
    target = root / path
    target.unlink(missing_ok=True)
    for parent in target.parents:
        if parent == root or any(parent.iterdir()):
            break
        parent.rmdir()


def _exchange(a: Path, b: Path) -> None:
    """Swap two folders in one step (Linux renameat2); elsewhere, two renames in quick order."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 and renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return
    code = ctypes.get_errno() if renameat2 else errno.ENOSYS
    if code not in (errno.ENOSYS, errno.EINVAL):
        raise OSError(code, os.strerror(code), str(b))
    old = a.with_name(a.name + "-old")
    os.rename(b, old)
    os.rename(a, b)
    os.rename(old, a)


def _remove_leftovers(out: Path) -> None:
    """New trees of builds that were killed before their swap."""
    for leftover in out.parent.glob(f".{out.name}.new-*"):
        shutil.rmtree(leftover, ignore_errors=True)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock: a second build waits instead of interleaving its writes."""
    with open(path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
