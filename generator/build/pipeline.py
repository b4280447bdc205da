"""The whole pipeline, in order: load → validate → plan → render → write.

The model and every page are complete in memory before the first file is written, so a
problem anywhere leaves docs/ exactly as it was.
"""

from __future__ import annotations

import functools
import gc
import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.build import cache, fingerprint
from generator.build.inputs import code_digest, data_digests, inputs_digest, tree_digest
from generator.build.mkdocs import ALWAYS, Early, build_editions, early_if, output_of, site_key, sitemap_date
from generator.build.write import Report, Site, kept, up_to_date, write, write_changed
from generator.data import schemafiles
from generator.data.dates import Date
from generator.data.errors import DataError
from generator.data.languages import LANGUAGES, folder
from generator.data.load import Loaded, Prose, Readings, load
from generator.data.model import FactSheet
from generator.data.validate import validate
from generator.site import downloads, i18n, queries, routes, search
from generator.site.forked import Forked
from generator.site.memo import Memo
from generator.site.plan import ORDERED_BY_NAME, planners, routes_of
from generator.site.plan import sources as plan_sources
from generator.site.render import render
from generator.site.repository import Repository


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


@dataclass(frozen=True)
class Options:
    """How a build runs, beyond where it reads and writes."""

    workers: int = 1
    """Processes that render the pages (forked: the command line's builds, not MkDocs' hook)."""
    repository: Repository | None = None
    """Where the data lives on GitHub: each statement then links to its record and a correction form."""
    readings: Readings | None = None
    """Data files' readings kept from one build to the next (`mkdocs serve`)."""
    languages: tuple[str, ...] = LANGUAGES
    """The editions made, one per language (English first: it is the site's root)."""


def check(paths: Paths, readings: Readings | None = None) -> tuple[FactSheet, Loaded]:
    """Load and validate the data and the prose; raise DataError with every problem found."""
    with collector_paused():
        loaded = load(paths.data, paths.content, readings=readings)
        return validate(loaded, site_pages=routes.pages_for), loaded


def check_since(paths: Paths, previous: cache.Reading, now: dict[str, tuple[str, str]] | None = None,
                readings: Readings | None = None) -> tuple[FactSheet, Prose, cache.Reading]:
    """As `check`, reading again only the statement files changed since `previous` where that is
    enough (cache.py); the fact sheet is the one `check` gives, and so are the problems. `now`:
    the data files' fingerprints, where the caller has them already (`data_digests`)."""
    before = previous.known(now if now is not None else data_digests(paths.data))
    if before is not None:
        loaded = load(paths.data, paths.content, only=before.reread, readings=readings)
        try:
            sheet = validate(loaded, checked_before=before, site_pages=routes.pages_for)
            return sheet, loaded.prose, previous.after(before, loaded, sheet)
        except DataError:
            pass  # read everything: the problems are reported as a full check reports them
    sheet, loaded = check(paths, readings)
    return sheet, loaded.prose, previous.after(None, loaded, sheet)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a build makes its objects: they are many, live until
    the pages are written and hold no cycles worth finding, and the collector would walk them
    again and again (make bench shows what that costs)."""
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
    it, its fingerprint unchanged), the data to download, each page's fingerprint, and what the
    next build takes as this one made it: the reading of the data (cache.py)."""

    files: dict[str, str | bytes | None]
    fingerprints: dict[str, str]
    cache: bytes = b""


def generate(sheet: FactSheet, prose: Prose, before: dict[str, str] | None = None, workers: int = 1,
             reading: cache.Reading | None = None, repository: Repository | None = None,
             languages: tuple[str, ...] = LANGUAGES, assets: dict[str, bytes] | None = None,
             memos: Path | None = None) -> Generated:
    """Every file the generator writes under docs/: each edition's pages (one per language in
    `languages`: English at the root, each other in its folder, `uk/`), its data to download and
    its search index, with a copy of the hand-written `assets` (the scripts and styles) in each
    other edition's folder; and the cache of `reading`. With `memos` (the docs folder they are kept
    beside: cache.memo_path), each edition's downloads and index take what they show of each
    statement from its memo, where the last build kept it there, and keep theirs. Pages whose
    fingerprint is in `before` (those docs/ holds as written) are not rendered again; `workers`
    processes render the others (render.py), and with more than one, the downloads, the search
    indexes and the cache are made meanwhile, in two processes of their own. With a `repository`,
    each statement links to its record there and to a correction form."""
    forked = workers > 1 and len(sheet.statements) >= MEANWHILE_FROM
    fingerprint.records(sheet)  # before the cache is made: it keeps them for the next build
    queries.index(sheet)  # before the processes fork: each would build it again
    updated = queries.last_updated(sheet)
    code = code_digest()
    # The cache first, in a process just forked: its pickle holds the records as this process made
    # them, not with what making the outputs works out and keeps on them (the same bytes every build).
    works: list[Callable[[], Any]] = [lambda: cache.dumps(reading) if reading else b"",
                                      *(functools.partial(_edition_files, sheet, prose, language, output,
                                                          memos and cache.memo_path(memos, language, output))
                                        for language, output in _outputs(languages))]
    with _meanwhile(works, forked) as made:
        english = _edition(sheet, prose, (code, updated), before or {}, workers, repository)
        editions = [english] + [_other_edition(sheet, prose, language, english, before or {}, updated, workers,
                                               repository) for language in languages[1:]]
        kept_reading, *made_files = made()
    pages = {path: text for edition in editions for path, text in edition.pages.items()}
    prints = {path: digest for edition in editions for path, digest in edition.prints.items()}
    copies = {folder(language) + path: content for language in languages[1:]
              for path, content in (assets or {}).items()}
    files = {path: content for made_file in made_files for path, content in made_file.items()}
    return Generated({**pages, **files, **copies}, prints, kept_reading)


@dataclass(frozen=True)
class Edition:
    """One edition's pages (None: kept as docs/ holds them) and their fingerprints, by their paths
    under docs/; and, for the editions in other languages, what planned each page (by its path in
    the edition, plan.planners) and the routes its links follow."""

    pages: dict[str, str | bytes | None]
    prints: dict[str, str]
    planned_by: dict[str, str]
    routes: routes.Routes


def _edition(sheet: FactSheet, prose: Prose, made_with: tuple[str, Date | None], before: dict[str, str],
             workers: int, repository: Repository | None) -> Edition:
    """The English edition, at the site's root: every page planned, those whose fingerprint is not
    in `before` rendered; `made_with`: the code's fingerprint and the data's latest date."""
    code, updated = made_with
    with i18n.use(i18n.SOURCE):
        made = {name: make() for name, make in planners(sheet, prose).items()}
        planned = [page for pages in made.values() for page in pages]
        where = routes_of(planned)
        shared = f"{code}\0{updated!r}\0{sorted(where.source_pages.items())!r}\0{repository!r}\0{i18n.SOURCE}"
        prints = fingerprint.pages(planned, shared)
    todo = [page for page in planned if before.get(page.path) != prints[page.path]]
    rendered = render(todo, updated, workers=workers, encoded=True, repository=repository, routes=where)
    return Edition({**rendered, **{path: None for path in prints.keys() - rendered.keys()}}, prints,
                   {page.path: name for name, pages in made.items() for page in pages}, where)


def _other_edition(sheet: FactSheet, prose: Prose, language: str, english: Edition, before: dict[str, str],
                   updated: Date | None, workers: int, repository: Repository | None) -> Edition:
    """An edition in another language, in its folder. Its pages show what the English ones show,
    in other words: a page is made again only where the English one changed (or its edition's prose
    did), and only what planned it is run again (planners), not the whole plan."""
    at = folder(language)
    prints = _edition_prints(english, language, prose.editions.get(language))
    changed = {path for path, digest in prints.items() if before.get(at + path) != digest}
    again = {english.planned_by[path] for path in changed}
    with i18n.use(language):
        makers = planners(sheet, prose)
        todo = [page for name in sorted(again) for page in makers[name]()]
    planned = {page.path for page in todo}
    expected = {path for path, name in english.planned_by.items() if name in again}
    if planned != expected:
        raise ValueError(f"the {language} edition planned {sorted(planned ^ expected)[:3]} unlike the English one")
    rendered = render(todo, updated, changed, workers, encoded=True, repository=repository, language=language,
                      routes=english.routes)
    return Edition({at + path: text for path, text in rendered.items()}
                   | {at + path: None for path in prints.keys() - rendered.keys()},
                   {at + path: digest for path, digest in prints.items()}, {}, english.routes)


def _edition_prints(english: Edition, language: str, own: Prose | None) -> dict[str, str]:
    """The fingerprints of an edition's pages: each English page's with the language and the
    edition's own prose (content/uk/). Where a planner divides its records by their names (the
    people's index), each of its pages takes all of its pages' fingerprints: in another alphabet
    a record may fall in another part."""
    prose = repr((own.index, own.about, sorted(own.entities.items()))) if own else ""
    common = f"{language}\0{prose}"
    by_planner: dict[str, list[str]] = {}
    for path, name in english.planned_by.items():
        by_planner.setdefault(name, []).append(english.prints[path])
    found = {}
    for path, name in english.planned_by.items():
        parts = by_planner[name] if name in ORDERED_BY_NAME else [english.prints[path]]
        found[path] = hashlib.blake2b(f"{common}\0{path}\0{parts}".encode(), digest_size=16).hexdigest()
    return found


OUTPUTS = ("search", "downloads")
"""What each edition has beside its pages: its search index and its data to download."""


def _outputs(languages: tuple[str, ...]) -> list[tuple[str, str]]:
    """Each edition's OUTPUTS, each made apart (with its memo; its result coming back from its
    process is half the size of both), the longest first, so that the processes that make them
    end about together (the search indexes, the Ukrainian edition's first)."""
    return [(language, output) for output in OUTPUTS for language in reversed(languages)]


def _edition_files(sheet: FactSheet, prose: Prose, language: str, output: str,
                   kept: Path | None) -> dict[str, bytes]:
    """An edition's `output` (its data to download, or its search index), in its language, by path
    under docs/; with the memo `kept` there (cache.memo_path) as the last build left it, which is
    then kept for the next build."""
    at = folder(language)
    memo = Memo(cache.recall_memo(kept), fingerprint.of) if kept else Memo()
    with i18n.use(language):
        if output == "downloads":
            made = downloads.files(sheet, memo)
        else:
            made = search.index(sheet, prose, routes_of(plan_sources(sheet)), memo)
    if kept:
        cache.keep_memo(kept, memo.now)
    return {at + path: text.encode("utf-8") for path, text in made.items()}


ASSETS = ("javascripts", "stylesheets")
"""The hand-written folders of docs/ (the scripts and styles), copied into each other edition."""


def assets(docs: Path) -> dict[str, bytes]:
    """The hand-written scripts and styles docs/ holds, by path."""
    return {path.relative_to(docs).as_posix(): path.read_bytes()
            for name in ASSETS for path in sorted((docs / name).glob("*")) if path.is_file()}


@contextmanager
def _meanwhile(works: list[Callable[[], Any]], forked: bool) -> Iterator[Callable[[], list[Any]]]:
    """Each of `works` in forked processes (two) while the block runs (they inherit what they read;
    only their results are pickled), or, not forked, at once; yields how to get their results,
    in order."""
    if not forked:
        results = [work() for work in works]
        yield lambda: results
        return
    with Forked(lambda n: (n, works[n]()), len(works), min(2, len(works))) as background:
        yield lambda: [result for _, result in sorted(background.results(), key=lambda r: r[0])]


MEANWHILE_FROM = 2000
"""Statements at least before the downloads, the search index and the cache are worth processes of their own."""


def build(paths: Paths, options: Options = Options()) -> Report:
    """Check, then write into paths.docs the pages that changed; nothing at all when no input changed."""
    now = data_digests(paths.data)
    inputs = inputs_digest(now, paths.content, repr(options.repository))
    unchanged = _up_to_date(paths, inputs)
    if unchanged is not None:
        return Report((), (), unchanged)
    with collector_paused():
        sheet, generated = _generated(paths, now, options)
        schemas = _schemas(sheet, paths.schema)
        report = write(generated.files, paths.docs, inputs=inputs, fingerprints=generated.fingerprints,
                       own=_own(generated, schemas))
    _write_schemas(schemas, paths.schema)
    return report


def build_site(paths: Paths, site: Path, options: Options = Options()) -> Report:
    """Check, write the pages and build the site from them with MkDocs; docs/ and site/ are
    swapped in only once the site has built (write.py). MkDocs builds again only the pages that
    changed where the last site allows (none added or removed, the prose, mkdocs.yml and the
    code as they were: the key): a full build's result, in the time of those pages. With nothing changed (the data, the
    prose, the code, MkDocs' settings, the schemas there) it stops before reading the data."""
    now = data_digests(paths.data)
    inputs = inputs_digest(now, paths.content, repr(options.repository))
    key = f"{site_key(paths.config)}\n{tree_digest(paths.content)}"
    unchanged = _up_to_date(paths, inputs)
    if unchanged is not None and _site(paths, site, key, languages=options.languages).built_from(paths.docs):
        return Report((), (), unchanged)
    with early_if(site) as early, collector_paused():
        sheet, generated = _generated(paths, now, options)
        schemas = _schemas(sheet, paths.schema)
        report = write(generated.files, paths.docs, _site(paths, site, key, early, options.languages), inputs,
                       generated.fingerprints, _own(generated, schemas))
    _write_schemas(schemas, paths.schema)
    return report


def _site(paths: Paths, site: Path, key: str, early: Early | None = None,
          languages: tuple[str, ...] = LANGUAGES) -> Site:
    """The site MkDocs builds from the pages with `key` (what it is built with besides them), an
    edition per language, each in its folder (mkdocs.py: `build_editions`); after an edit, in the
    `early` process, where one was started."""
    return Site(site, lambda docs, out, dirty: build_editions(paths.config, docs, out, dirty, early, languages), key,
                output_of, tuple(folder(language) + path for language in languages for path in ALWAYS),
                sitemap_date())


SCHEMAS = ".schemas"
"""Beside the pages: the fingerprint of the editors' schema files the build wrote with them."""


def _up_to_date(paths: Paths, inputs: str) -> int | None:
    """How many pages docs/ holds, when they (and the schemas beside them) were made from exactly
    these inputs; else None."""
    pages = up_to_date(paths.docs, inputs)
    if pages is None or paths.schema is None:
        return pages
    try:
        written = (paths.docs / SCHEMAS).read_text(encoding="utf-8")
    except OSError:
        return None
    return pages if written == _schemas_digest(paths.schema) else None


def _schemas_digest(folder: Path | dict[str, str]) -> str:
    """The fingerprint of the schema files: those a folder holds, or their texts."""
    digest = hashlib.sha256()
    for name in schemafiles.file_names():
        if isinstance(folder, dict):
            content = folder[name].encode("utf-8")
        else:
            try:
                content = (folder / name).read_bytes()
            except OSError:
                content = b"\0missing"
        digest.update(f"{name}\0{len(content)}\0".encode() + content)
    return digest.hexdigest()


def _own(generated: Generated, schemas: dict[str, str]) -> dict[str, bytes]:
    """The generator's dot files beside the pages: its cache and the schemas' fingerprint."""
    return {cache.FILE: generated.cache, SCHEMAS: _schemas_digest(schemas).encode() if schemas else b""}


def _generated(paths: Paths, now: dict[str, tuple[str, str]], options: Options) -> tuple[FactSheet, Generated]:
    """The checked fact sheet, and what a build writes into paths.docs, from the data as it is
    `now` (`data_digests`) and what the last build left there (its cache, its pages' fingerprints)."""
    sheet, prose, reading = check_since(paths, cache.recall(paths.docs), now, options.readings)
    return sheet, generate(sheet, prose, kept(paths.docs), options.workers, reading, options.repository,
                           options.languages, assets(paths.docs), paths.docs)


def _schemas(sheet: FactSheet, out: Path | None) -> dict[str, str]:
    """The editors' JSON Schema files, from the data just checked (none when `out` is None)."""
    return schemafiles.schema_files(sheet) if out else {}


def _write_schemas(schemas: dict[str, str], out: Path | None) -> list[str]:
    """The schema files, where they changed."""
    return write_changed(schemas, out) if out else []
