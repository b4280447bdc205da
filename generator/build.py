"""The whole pipeline, in order: load → validate → plan → render → write.

The model and every page are complete in memory before the first file is written, so a
problem anywhere leaves docs/ exactly as it was.
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from generator import downloads, fingerprint
from generator.load import Loaded, Prose, code_digest, inputs_digest, load
from generator.model import FactSheet
from generator.pages import plan
from generator.render import render, source_pages
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


def check(paths: Paths) -> tuple[FactSheet, Loaded]:
    """Load and validate the data and the prose; raise DataError with every problem found."""
    loaded = load(paths.data, paths.content)
    return validate(loaded), loaded


def read_sheet(data: Path) -> FactSheet:
    """The fact sheet of a data folder alone (no prose), checked."""
    return validate(load(data))


@dataclass(frozen=True)
class Generated:
    """What the generator writes under docs/: each page's Markdown (None: kept as docs/ holds
    it, its fingerprint unchanged), the data to download, and each page's fingerprint."""

    files: dict[str, str | bytes | None]
    fingerprints: dict[str, str]


def generate(sheet: FactSheet, prose: Prose, before: dict[str, str] | None = None, workers: int = 1) -> Generated:
    """Every file the generator writes under docs/: the pages, and the data to download. Pages
    whose fingerprint is in `before` (those docs/ holds as written) are not rendered again;
    `workers` processes render the others (render.py), and with more than one, the downloads
    are made in a process of their own meanwhile."""
    with _meanwhile(lambda: _downloads(sheet), workers > 1 and len(sheet.statements) >= MEANWHILE_FROM) as made:
        planned = plan(sheet, prose)
        updated = downloads.last_updated(sheet)
        shared = f"{code_digest()}\0{updated!r}\0{sorted(source_pages(planned).items())!r}"
        prints = fingerprint.pages(planned, shared)
        keep = {path for path, digest in prints.items() if (before or {}).get(path) == digest}
        pages = {**render(planned, updated, only=prints.keys() - keep, workers=workers, encoded=True),
                 **dict.fromkeys(keep)}
        return Generated({**pages, **made()}, prints)


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
"""Statements at least before the downloads are worth a process of their own."""
_background: dict = {}


def _run_background():
    return _background["work"]()


def _checked(paths: Paths) -> tuple[FactSheet, Prose]:
    """The checked fact sheet and the prose: what the pages are made from (the YAML read, no
    longer needed, is let go before the pages take its room)."""
    sheet, loaded = check(paths)
    return sheet, loaded.prose


def build(paths: Paths, workers: int = 1) -> Report:
    """Check, then write into paths.docs the pages that changed; nothing at all when no input changed."""
    inputs = inputs_digest(paths.data, paths.content)
    unchanged = up_to_date(paths.docs, inputs)
    if unchanged is not None:
        return Report((), (), unchanged)
    generated = generate(*_checked(paths), kept(paths.docs), workers)
    return write(generated.files, paths.docs, inputs=inputs, fingerprints=generated.fingerprints)


def build_site(paths: Paths, site: Path, workers: int = 1) -> Report:
    """Check, write the pages and build the site from them with MkDocs; docs/ and site/ are
    swapped in only once the site has built (write.py)."""
    inputs = inputs_digest(paths.data, paths.content)
    generated = generate(*_checked(paths), kept(paths.docs), workers)
    return write(generated.files, paths.docs, Site(site, lambda docs, out: mkdocs_build(paths.config, docs, out)),
                 inputs, generated.fingerprints)


def mkdocs_build(config: Path, docs: Path, site: Path) -> None:
    """`mkdocs build --strict` of the pages in `docs` into `site` (the hook off: they are written)."""
    env = {**os.environ, "FACTSHEET_DOCS": str(docs.resolve()), "FACTSHEET_HOOK": "off"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "--site-dir",
               str(site.resolve())]
    if subprocess.run(command, env=env).returncode:
        raise SiteError("`mkdocs build --strict` failed (its messages are above)")
