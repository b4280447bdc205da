"""Writing pages into docs/ (and, for `make site`, building site/ from them): a complete new
tree, swapped in at once. This is the project's one way to be atomic.

The new tree is prepared beside docs/ (unchanged and hand-written files hard-linked, changed
pages written, stale ones left out); with a site to build, MkDocs builds the new site beside
site/ from that tree: from nothing, or, where the last site allows (Site.prepare), from a
hard-linked copy of it in which only what changed is built again. Each new tree is made in the
one the last build left behind (its spare: `_staging`), changing only what differs. Only when everything
succeeded is each swapped in with one atomic rename (renameat2 RENAME_EXCHANGE), site/ first.
Killed at any moment, a build leaves docs/ and site/ each either old or new, whole (killed
between the two renames: a new site/ beside the old docs/, which the next build, finding docs/
older than its inputs, builds again); a failed site build leaves both as they were. Builds take
a lock, so two at once take turns. Nothing is written when no page changed, so `mkdocs serve`
does not rebuild in a loop. A manifest (`docs/.generated`) lists what the generator wrote: it
never overwrites or removes anything else.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MANIFEST = ".generated"
SITE_STAMP = ".factsheet-site"
"""In site/: what it was built from (Site.stamp), so that `make site` with nothing changed stops."""
INPUTS = ".inputs"
"""The fingerprint of the inputs the pages were generated from (inputs.inputs_digest)."""
FINGERPRINTS = ".fingerprints"
"""Each page's fingerprint (fingerprint.py), written after the pages: a page whose fingerprint
is unchanged is kept as it is, unless its file changed after this one was written."""
RENAME_EXCHANGE, AT_FDCWD = 2, -100


class WriteError(Exception):
    """A page cannot be written without losing something."""


class SiteError(WriteError):
    """The site did not build from the new pages; nothing was swapped in."""


@dataclass(frozen=True)
class Report:
    """What a write did."""

    written: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: int
    site_built: bool = False
    """A site was asked for and built (not when the one there was built from these very pages)."""

    def __str__(self) -> str:
        return f"{len(self.written)} written, {self.unchanged} unchanged, {len(self.removed)} removed"


@dataclass(frozen=True)
class Site:
    """A site to build from the new docs/ tree before anything is swapped in."""

    out: Path
    build: Callable[[Path, Path, bool], None]
    """build(docs, site, dirty): builds the site from `docs` into the folder `site`; raises on
    failure. Not dirty: `site` is empty. Dirty: `site` holds the last site's files but those
    of the pages and files that changed, and only those are built (`prepare`)."""
    key: str = ""
    """What the site is built with besides the pages (its configuration, the code, the tools'
    versions): a site built from the same pages with the same key is not built again."""
    output_of: Callable[[str], str] = lambda path: path
    """Where the site holds what it builds from a file of docs/ (a page's HTML, a copied file)."""
    always: tuple[str, ...] = ()
    """What every build writes again, whatever changed (the sitemap, the 404 page)."""
    always_from: str = ""
    """What only those depend on (the sitemap's date): a change to it builds the site again, a
    dirty build will do."""

    def listing(self, docs: Path) -> dict[str, list[int]]:
        """Every file of the tree that MkDocs reads (not the dot files: the manifest, the cache), with
        its size and time (a page kept as it was is hard-linked, so it keeps its time)."""
        found = {}

        def walk(here: str, relative: str) -> None:
            with os.scandir(here) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    if entry.is_dir(follow_symlinks=False):  # as rglob: a linked folder is not entered
                        walk(entry.path, f"{relative}{entry.name}/")
                    elif entry.is_file():
                        stat = entry.stat()
                        found[relative + entry.name] = [stat.st_size, stat.st_mtime_ns]

        walk(str(docs), "")
        return dict(sorted(found.items()))

    def stamp(self, docs: Path) -> str:
        """What a site built from `docs` now is built from: the key, and the `listing`."""
        return json.dumps({"key": hashlib.sha256(self.key.encode()).hexdigest(), "always_from": self.always_from,
                           "files": self.listing(docs)}, sort_keys=True)

    def _built(self) -> dict | None:
        try:
            return json.loads((self.out / SITE_STAMP).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def built_from(self, docs: Path) -> bool:
        """Whether the site there was built from `docs` as it is, with this key."""
        try:
            return (self.out / SITE_STAMP).read_text(encoding="utf-8") == self.stamp(docs)
        except OSError:
            return False

    def prepare(self, docs: Path, new: Path) -> bool:
        """Make the folder `new` (empty, or holding a tree an earlier build left: `_staging`) ready
        for a dirty build, where one gives the site a full build gives: the last site, built with
        this key, its pages the same (none added or removed; a page's content may change). Then
        `new` holds the last site's files, hard-linked, but the outputs of what changed and what
        every build writes again: MkDocs writes each of those afresh, and never into a file the
        last site shares. Else `new` is emptied, for a full build."""
        built = self._built()
        before, now = (built or {}).get("files", {}), self.listing(docs)
        pages = lambda listing: {p for p in listing if p.endswith(".md")}
        if built is None or built.get("key") != hashlib.sha256(self.key.encode()).hexdigest() \
                or pages(before) != pages(now):
            _empty(new, self.out)
            return False
        stale = {self.output_of(p) for p in before.keys() | now.keys() if before.get(p) != now.get(p)}
        _mirror(self.out, new, skip=stale | set(self.always) | {SITE_STAMP})
        return True


def up_to_date(out: Path, inputs: str) -> int | None:
    """How many pages `out` holds, if they were generated from exactly these inputs and are all
    there; else None. A build with nothing changed stops here, without reading the data."""
    try:
        if (out / INPUTS).read_text(encoding="utf-8") != inputs:
            return None
    except OSError:
        return None
    pages = _manifest(out)
    return len(pages) if all((out / p).is_file() for p in pages) else None


def kept(out: Path) -> dict[str, str]:
    """The fingerprints of the pages `out` holds as they were written: a page missing, or
    changed since (by hand), is left out, and so rendered again."""
    try:
        record = out / FINGERPRINTS
        written = record.stat().st_mtime_ns
        prints = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found = {}
    for path, digest in prints.items():
        try:
            if (out / path).stat().st_mtime_ns <= written:
                found[path] = digest
        except OSError:
            pass
    return found


def write(pages: dict[str, str | bytes | None], out: Path, site: Site | None = None, inputs: str = "",
          fingerprints: dict[str, str] | None = None, own: dict[str, bytes] | None = None) -> Report:
    """Bring `out` to exactly `pages` (plus any hand-written files), one build at a time; with
    `site`, also build the site from the new tree and swap both in only once it is built. A
    page given as None is kept as `out` holds it (its fingerprint is unchanged: see `kept`); a
    page is text, or its UTF-8 bytes.
    `inputs` (the fingerprint of what the pages come from) and the pages' `fingerprints` are
    kept beside the manifest, and so are the generator's `own` dot files (cache.py's)."""
    fingerprints, own = fingerprints or {}, own or {}
    out.parent.mkdir(parents=True, exist_ok=True)
    with _locked(out.parent / f".{out.name}.lock"):
        _remove_leftovers(out, *([site.out] if site else []))
        out.mkdir(exist_ok=True)
        previous = _manifest(out)
        _refuse_unsafe(pages, out, previous, own)
        _refuse_stale_keeps(pages, out, fingerprints)
        data = _tree(pages, inputs, fingerprints, own)
        changed = _changed(out, data)
        removed = tuple(sorted(previous - pages.keys()))
        pages_changed = [p for p in changed if not _hidden(PurePosixPath(p))]
        site = site if site and (pages_changed or removed or not site.built_from(out)) else None
        if changed or removed or site:
            _swap_in(out, {p: data[p] for p in changed}, removed, site)
    written = tuple(p for p in changed if p not in (MANIFEST, INPUTS, FINGERPRINTS, *own))
    return Report(written, removed, len(pages) - len(written), site is not None)


def _tree(pages: dict[str, str | bytes | None], inputs: str, fingerprints: dict[str, str],
          own: dict[str, bytes]) -> dict[str, bytes]:
    """Every file of the new tree that is written (a page kept as it is is not), as bytes."""
    data = {path: text if isinstance(text, bytes) else text.encode("utf-8")
            for path, text in pages.items() if text is not None}
    data[MANIFEST] = "".join(f"{p}\n" for p in sorted(pages)).encode("utf-8")
    data[INPUTS] = inputs.encode("utf-8")
    data[FINGERPRINTS] = json.dumps(fingerprints, sort_keys=True).encode("utf-8")
    data.update({name: content for name, content in own.items() if content})
    return data


def _changed(out: Path, data: dict[str, bytes]) -> list[str]:
    """The files of `data` that `out` does not hold as they are; the fingerprints last, so that
    they are newer than every page they vouch for."""
    changed = [p for p in sorted(data) if p != FINGERPRINTS and not _holds(out / p, data[p])]
    if changed or not _holds(out / FINGERPRINTS, data[FINGERPRINTS]):
        changed.append(FINGERPRINTS)
    return changed


def _swap_in(out: Path, changed: dict[str, bytes], removed: tuple[str, ...], site: Site | None) -> None:
    with _staging(out) as staging:
        _mirror(out, staging)
        for path, content in changed.items():
            atomic_write(staging / path, content)
        for path in removed:
            _remove(staging, path)
        if site:
            with _staging(site.out) as new_site:
                dirty = site.prepare(staging, new_site)
                site.build(staging, new_site, dirty)
                (new_site / SITE_STAMP).write_text(site.stamp(staging), encoding="utf-8")
                _swap(new_site, site.out)
            if not dirty:
                _spare_later(site.out)
        if changed or removed:
            _exchange(staging, out)


@contextmanager
def _staging(out: Path) -> Iterator[Path]:
    """A folder beside `out` to make its new tree in: the tree the last build left (its `_spare`),
    which `_mirror` brings to what `out` holds by changing only what differs, else an empty one.
    Afterwards it is the next build's spare: after a swap it holds the old tree, which shares
    nearly every file with the new one (hard links), so that the next build makes again only
    what changed, not thousands of folders."""
    staging = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.new-"))
    with suppress(OSError):  # none kept: the staging folder stays empty
        os.rename(_spare(out), staging)  # onto the empty folder: taken in one step
    try:
        yield staging
    finally:
        try:
            os.rename(staging, _spare(out))
        except OSError:  # another build kept one meanwhile (builds take turns: unlikely)
            _discard(staging, out)


def _spare(out: Path) -> Path:
    """Where the tree a build made `out` in is kept for the next build (`_staging`)."""
    return out.with_name(f".{out.name}.spare")


def _empty(folder: Path, out: Path) -> None:
    """Leave `folder` (a staging folder of `out`) empty: what it holds is removed meanwhile (`_discard`)."""
    if any(folder.iterdir()):
        _discard(folder, out)
        folder.mkdir()


def _discard(tree: Path, out: Path) -> None:
    """Remove a tree no longer needed: renamed out of the way at once, then deleted by a process
    of its own, so that the build does not wait for thousands of unlinks (the next build removes
    what such a process left)."""
    old = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.old-"))
    try:
        os.rename(tree, old)  # onto the empty folder
    except OSError:  # not there (nothing to remove), or it cannot be moved: removed here
        old.rmdir()
        shutil.rmtree(tree, ignore_errors=True)
        return
    try:
        subprocess.Popen(["rm", "-rf", "--", str(old)], start_new_session=True,
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError:
        shutil.rmtree(old, ignore_errors=True)


def _spare_later(out: Path) -> None:
    """After a full build, whose old tree shares no file with the new one: the spare made of the
    new tree, by a process of its own (`make_spare`), so that neither this build nor the next
    waits for thousands of folders to be made."""
    _discard(_spare(out), out)
    with suppress(OSError):
        subprocess.Popen([sys.executable, "-c", SPARE_MAKER, str(out.resolve())], start_new_session=True,
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


SPARE_MAKER = "import sys, pathlib, generator.build.write as w; w.make_spare(pathlib.Path(sys.argv[1]))"


def make_spare(out: Path) -> None:
    """A spare for `out`'s next build: a copy of it, hard-linked, made under a name the next build
    removes if it finds it unfinished, and kept only where no spare is there already (any state
    of it would do: `_mirror`)."""
    making = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.old-"))
    try:
        _mirror(out, making)
        os.rename(making, _spare(out))  # onto no spare, or an empty one
    except OSError:  # another build took over meanwhile
        shutil.rmtree(making, ignore_errors=True)


def _swap(new: Path, out: Path) -> None:
    """Put `new` in the place of `out`: exchanged where `out` exists, else renamed."""
    if out.exists():
        _exchange(new, out)
    else:
        os.rename(new, out)


def _refuse_unsafe(pages: dict[str, str | bytes | None], out: Path, previous: set[str],
                   own: dict[str, bytes]) -> None:
    if any(not name.startswith(".") or "/" in name for name in own):
        raise WriteError(f"the generator's own files are dot files beside the pages, not {sorted(own)}")
    for path, text in pages.items():
        if path.startswith(("/", ".")) or ".." in path.split("/"):
            raise WriteError(f"refusing to write outside {out}: {path}")
        if text is None and path not in previous:
            raise _not_there(out / path)
        if path not in previous and (out / path).exists():
            raise WriteError(
                f"{out / path} exists and was not written by the generator; "
                "move hand-written pages to content/ (or delete it) and build again"
            )


def _not_there(page: Path) -> WriteError:
    return WriteError(f"{page} was to be kept as it is, but is not there; build again")


def _refuse_stale_keeps(pages: dict[str, str | bytes | None], out: Path, fingerprints: dict[str, str]) -> None:
    """A page kept as it is must be there, and still the one its fingerprint names (another build
    may have written docs/ since this one looked; builds take turns, but look before their turn)."""
    now = kept(out) if any(text is None for text in pages.values()) else {}
    for path, text in pages.items():
        if text is None and now.get(path) != fingerprints.get(path):
            if not (out / path).is_file():
                raise _not_there(out / path)
            raise WriteError(f"{out / path} changed while the pages were made; build again")


def _manifest(out: Path) -> set[str]:
    try:
        return set((out / MANIFEST).read_text(encoding="utf-8").split())
    except FileNotFoundError:
        return set()


def _hidden(path: PurePosixPath | Path) -> bool:
    """A dot file, or a file in a dot folder: MkDocs does not read it."""
    return any(part.startswith(".") for part in path.parts)


def _holds(target: Path, content: bytes) -> bool:
    return target.is_file() and target.read_bytes() == content


def _mirror(source: Path, target: Path, skip: Collection[str] = ()) -> None:
    """Make the folder `target` hold what `source` holds, with hard links (no file is copied or
    changed), but for the files in `skip` (paths relative to `source`): what `target` holds
    already as the very same file (the same inode) stays, anything else there goes. A symbolic
    link is linked as itself."""
    skipped = set(skip)

    def walk(here: str, there: str, relative: str) -> None:
        held = _entries(there)
        with os.scandir(here) as entries:
            for entry in entries:
                path, at = relative + entry.name, f"{there}/{entry.name}"
                found = held.pop(entry.name, None)
                if entry.is_dir(follow_symlinks=False):
                    if found is not None and not found.is_dir(follow_symlinks=False):
                        _remove_entry(found)
                        found = None
                    if found is None:
                        os.mkdir(at)
                    walk(entry.path, at, path + "/")
                elif found is None or path in skipped or not _same_file(entry, found):
                    if found is not None:
                        _remove_entry(found)
                    if path not in skipped:
                        os.link(entry.path, at, follow_symlinks=False)
        for gone in held.values():
            _remove_entry(gone)

    walk(str(source), str(target), "")


def _entries(folder: str) -> dict[str, os.DirEntry]:
    with os.scandir(folder) as entries:
        return {entry.name: entry for entry in entries}


def _same_file(a: os.DirEntry, b: os.DirEntry) -> bool:
    """Whether two entries are links to one file (by its inode as stat gives it: a folder's
    listing may give another number on some file systems)."""
    first, second = a.stat(follow_symlinks=False), b.stat(follow_symlinks=False)
    return (first.st_ino, first.st_dev) == (second.st_ino, second.st_dev)


def _remove_entry(entry: os.DirEntry) -> None:
    if entry.is_dir(follow_symlinks=False):
        shutil.rmtree(entry.path)
    else:
        os.unlink(entry.path)


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


def _remove_leftovers(*outs: Path) -> None:
    """New trees of builds that were killed before their swap, and old trees not yet removed."""
    for out in outs:
        for leftover in [*out.parent.glob(f".{out.name}.new-*"), *out.parent.glob(f".{out.name}.old-*")]:
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


def write_changed(files: dict[str, str], out: Path) -> list[str]:
    """Write into `out` the files that changed (the editors' schemas), each atomically; return their names."""
    changed = [name for name, text in files.items()
               if not (out / name).is_file() or (out / name).read_text(encoding="utf-8") != text]
    for name in changed:
        atomic_write(out / name, files[name].encode("utf-8"))
    return changed
