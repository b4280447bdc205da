"""The whole pipeline, in order: load → validate → plan → render → write.

The model and every page are complete in memory before the first file is written, so a
problem anywhere leaves docs/ exactly as it was.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from generator import cache, downloads, fingerprint, schemafiles
from generator.errors import DataError
from generator.load import Loaded, Prose, code_digest, data_digests, inputs_digest, load
from generator.model import FactSheet
from generator.pages import plan
from generator.render import render, source_pages
from generator.repository import Repository
from generator.validate import validate
from generator.write import Report, Site, SiteError, kept, up_to_date, write


T = TypeVar("T")


@dataclass(frozen=True)
class Paths:
    """Where the data and prose are read from and the pages written to."""

    data: Path = Path("data")
    content: Path = Path("content")
    docs: Path = Path("docs")
    config: Path = Path("mkdocs.yml")
    schema: Path | None = None
    """Where a build also writes the editors' JSON Schema files (schemafiles.py), made from the
    data it checked; None: not written."""


def check(paths: Paths) -> tuple[FactSheet, Loaded]:
    """Load and validate the data and the prose; raise DataError with every problem found."""
    with collector_paused():
        loaded = load(paths.data, paths.content)
        return validate(loaded), loaded


def check_since(paths: Paths, previous: cache.Reading,
                now: dict[str, tuple[str, str]] | None = None) -> tuple[FactSheet, Prose, cache.Reading]:
    """As `check`, reading again only the statement files changed since `previous` where that is
    enough (cache.py); the fact sheet is the one `check` gives, and so are the problems. `now`:
    the data files' fingerprints, where the caller has them already (`data_digests`)."""
    known = previous.known(now if now is not None else data_digests(paths.data))
    if known is not None:
        loaded = load(paths.data, paths.content, only=known.reread)
        try:
            sheet = validate(loaded, known=known)
            return sheet, loaded.prose, previous.after(known, loaded, sheet)
        except DataError:
            pass  # read everything: the problems are reported as a full check reports them
    sheet, loaded = check(paths)
    return sheet, loaded.prose, previous.after(None, loaded, sheet)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a build makes its objects: they are many, live until
    the pages are written and hold no cycles worth finding, and the collector would walk them
    again and again (at N = 1000, loading takes 1.8 s with it, 0.65 s without)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_sheet(data: Path) -> FactSheet:
    """The fact sheet of a data folder alone (no prose), checked."""
    return validate(load(data))


@dataclass(frozen=True)
class Generated:
    """What the generator writes under docs/: each page's Markdown (None: kept as docs/ holds
    it, its fingerprint unchanged), the data to download, each page's fingerprint, and the
    reading of the data for the next build (cache.py)."""

    files: dict[str, str | bytes | None]
    fingerprints: dict[str, str]
    cache: bytes = b""


def generate(sheet: FactSheet, prose: Prose, before: dict[str, str] | None = None, workers: int = 1,
             reading: cache.Reading | None = None, repository: Repository | None = None) -> Generated:
    """Every file the generator writes under docs/: the pages, the data to download, and the
    cache of `reading`. Pages whose fingerprint is in `before` (those docs/ holds as written) are
    not rendered again; `workers` processes render the others (render.py), and with more than
    one, the downloads and the cache are made in a process of their own meanwhile. With a
    `repository`, each statement links to its record there and to a correction form."""
    forked = workers > 1 and len(sheet.statements) >= MEANWHILE_FROM
    with _meanwhile(lambda: (_downloads(sheet), cache.dumps(reading) if reading else b""), forked) as made:
        planned = plan(sheet, prose)
        updated = downloads.last_updated(sheet)
        shared = f"{code_digest()}\0{updated!r}\0{sorted(source_pages(planned).items())!r}\0{repository!r}"
        prints = fingerprint.pages(planned, shared)
        keep = {path for path, digest in prints.items() if (before or {}).get(path) == digest}
        pages = {**render(planned, updated, only=prints.keys() - keep, workers=workers, encoded=True,
                          repository=repository),
                 **dict.fromkeys(keep)}
        files, kept_reading = made()
        return Generated({**pages, **files}, prints, kept_reading)


def _downloads(sheet: FactSheet) -> dict[str, bytes]:
    return {path: text.encode("utf-8") for path, text in downloads.files(sheet).items()}


@contextmanager
def _meanwhile(work: Callable[[], T], forked: bool) -> Iterator[Callable[[], T]]:
    """`work()` in a forked process while the block runs (it inherits what `work` reads; only its
    result is pickled), or, not forked, at once; yields how to get its result."""
    if not forked:
        result = work()
        yield lambda: result
        return
    _background["work"] = work
    with multiprocessing.get_context("fork").Pool(1) as pool:
        pending = pool.apply_async(_run_background)
        yield pending.get
    _background.clear()


MEANWHILE_FROM = 2000
"""Statements at least before the downloads and the cache are worth a process of their own."""
_background: dict = {}


def _run_background():
    return _background["work"]()


def build(paths: Paths, workers: int = 1, repository: Repository | None = None) -> Report:
    """Check, then write into paths.docs the pages that changed; nothing at all when no input changed."""
    now = data_digests(paths.data)
    inputs = inputs_digest(now, paths.content, repr(repository))
    unchanged = up_to_date(paths.docs, inputs)
    if unchanged is not None:
        return Report((), (), unchanged)
    with collector_paused():
        sheet, generated = _generated(paths, now, workers, repository)
        report = write(generated.files, paths.docs, inputs=inputs, fingerprints=generated.fingerprints,
                       own={cache.FILE: generated.cache})
    _write_schemas(sheet, paths.schema)
    return report


def build_site(paths: Paths, site: Path, workers: int = 1, repository: Repository | None = None) -> Report:
    """Check, write the pages and build the site from them with MkDocs; docs/ and site/ are
    swapped in only once the site has built (write.py)."""
    now = data_digests(paths.data)
    inputs = inputs_digest(now, paths.content, repr(repository))
    with collector_paused():
        sheet, generated = _generated(paths, now, workers, repository)
        report = write(generated.files, paths.docs,
                       Site(site, lambda docs, out: mkdocs_build(paths.config, docs, out)),
                       inputs, generated.fingerprints, {cache.FILE: generated.cache})
    _write_schemas(sheet, paths.schema)
    return report


def _generated(paths: Paths, now: dict[str, tuple[str, str]], workers: int,
               repository: Repository | None) -> tuple[FactSheet, Generated]:
    """The checked fact sheet, and what a build writes into paths.docs, from the data as it is
    `now` (`data_digests`) and what the last build left there (its cache, its pages' fingerprints)."""
    sheet, prose, reading = check_since(paths, cache.recall(paths.docs), now)
    return sheet, generate(sheet, prose, kept(paths.docs), workers, reading, repository)


def _write_schemas(sheet: FactSheet, out: Path | None) -> list[str]:
    """The editors' JSON Schema files, from the data just checked, where they changed."""
    return schemafiles.write_schema_files(schemafiles.schema_files(sheet), out) if out else []


def mkdocs_build(config: Path, docs: Path, site: Path) -> None:
    """`mkdocs build --strict` of the pages in `docs` into `site` (the hook off: they are written)."""
    env = {**os.environ, "FACTSHEET_DOCS": str(docs.resolve()), "FACTSHEET_HOOK": "off"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "--site-dir",
               str(site.resolve())]
    if subprocess.run(command, env=env).returncode:
        raise SiteError("`mkdocs build --strict` failed (its messages are above)")
