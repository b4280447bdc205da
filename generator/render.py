"""The Jinja environment: every value from the data is escaped for Markdown unless marked safe.

Templates write Markdown. With `finalize`, every `{{ value }}` that is not already Markup is
shown as literal text: Markdown syntax is backslash-escaped and `<`, `>`, `&` become entities,
so a quote can hold `*`, `#`, `[x](javascript:...)` or `<script>` and the reader sees exactly
those characters. Only links made by `href` and the hand-written prose are Markup.
"""

from __future__ import annotations

import contextvars
import functools
import html
import json
import multiprocessing
import pathlib
import posixpath
import re

import jinja2
import jinja2.compiler
from markupsafe import Markup

from generator.fieldtypes import ID_PATTERN
from generator import downloads
from generator.contexts import SourcesPage
from generator.pages import SOURCE_PAGES, Page, path_of
from generator.repository import Repository

WHITESPACE = re.compile(r"\s+")
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
"""Python-Markdown's escapable characters (with `tables`, `|`); `<`, `>`, `&` and `~` (a code
fence for `fenced_code`, which cannot be backslash-escaped) become entities.
Designed for the extensions in mkdocs.yml: tests/test_render.py pins that list."""


def md_text(value: object) -> Markup:
    """`value` as Markdown that renders to exactly its text, on one line."""
    text = WHITESPACE.sub(" ", str(value))
    escaped = MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return Markup(html.escape(escaped, quote=False).replace("~", "&#126;"))


def _finalize(value: object) -> object:
    if isinstance(value, (Markup, int, float)):
        return value  # numbers have nothing to escape (a map's coordinates, counts)
    return md_text(value)


class _Compiler(jinja2.compiler.CodeGenerator):
    """Jinja's compiler, writing each `{{ value }}` as `str(finalize(value))` where Jinja writes
    `escape(finalize(value))`. `_finalize` returns only Markup and numbers, which `escape` would
    return unchanged, as a new Markup: the same text, without a sixth of the rendering time
    (make bench). Only with our `_finalize` and where autoescaping is on (every template here);
    anything else is compiled as Jinja compiles it. tests/test_render.py checks both halves."""

    def _output_child_pre(self, node, frame, finalize) -> None:
        if self.environment.finalize is _finalize and frame.eval_ctx.autoescape and not frame.eval_ctx.volatile:
            self.write(f"str({finalize.src}")
        else:
            super()._output_child_pre(node, frame, finalize)


class _Environment(jinja2.Environment):
    code_generator_class = _Compiler


def anchor(value: str) -> Markup:
    """An id as an HTML id or URL fragment; refuses anything but the id pattern."""
    if not ID_PATTERN.fullmatch(value):
        raise ValueError(f"not an id: {value!r}")
    return Markup(value)


def attr(value: str) -> Markup:
    """A value quoted for an HTML attribute (a web address from the data)."""
    return Markup(html.escape(value, quote=True))


LANGUAGES = {"en": "English", "uk": "Ukrainian", "ru": "Russian", "de": "German", "fr": "French",
             "it": "Italian", "es": "Spanish", "pl": "Polish", "hu": "Hungarian", "sk": "Slovak"}


def language_name(code: str) -> str:
    """`en` → `English`; a code not listed here is shown as written."""
    return LANGUAGES.get(code, code)


CURRENT_PAGE: contextvars.ContextVar[str] = contextvars.ContextVar("page")
"""The page being rendered, so that macros (imported once, without context) can link from it."""


def href(target: object) -> Markup:
    """The relative link from the page being rendered to `target` (a record or a path)."""
    path = target if isinstance(target, str) else path_of(target)
    page, _, fragment = path.partition("#")
    relative = _relative(page, posixpath.dirname(CURRENT_PAGE.get()) or ".")
    return Markup(relative + (f"#{anchor(fragment)}" if fragment else ""))


@functools.lru_cache(maxsize=None)
def _relative(path: str, start: str) -> str:
    return posixpath.relpath(path, start)


def url(target: object) -> Markup:
    """The relative address, as the built site has it, from the page being rendered to `target`:
    for links in raw HTML (statements, long lists), which MkDocs passes through as written."""
    page, fragment = _target(target if isinstance(target, str) else path_of(target))
    return Markup(_url_relative(page, _directory_url(CURRENT_PAGE.get())) + fragment)


@functools.lru_cache(maxsize=100_000)
def _target(path: str) -> tuple[str, str]:
    """A path under docs/ (`actors/a.md#s`) as the site's directory address and its fragment (`#s`)."""
    page, _, fragment = path.partition("#")
    return _directory_url(page), f"#{anchor(fragment)}" if fragment else ""


@functools.lru_cache(maxsize=None)
def _directory_url(path: str) -> str:
    """`countries/ua.md` → `countries/ua/`; `countries/index.md` → `countries/`; `index.md` → ``."""
    stem = path.removesuffix(".md")
    stem = stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"
    return stem


@functools.lru_cache(maxsize=100_000)
def _url_relative(target: str, page: str) -> str:
    """From one directory address of the site to another (both from its root, `` or ending `/`),
    escaped for an HTML attribute."""
    to, here = target.split("/")[:-1], page.split("/")[:-1]
    common = 0
    while common < min(len(to), len(here)) and to[common] == here[common]:
        common += 1
    relative = "../" * (len(here) - common) + "".join(f"{part}/" for part in to[common:])
    return html.escape(relative or "./", quote=True)


def jsonld(statements: list, root: str | None = None) -> Markup:
    """schema.org data for the statements a page shows (downloads.jsonld), escaped for its <script>."""
    return Markup(downloads.jsonld(statements, root))


def front_matter(description: str) -> str:
    """The page's YAML front matter for MkDocs: its description, HTML-escaped (Material writes it
    into an attribute unescaped), as a JSON string (valid YAML)."""
    if not description:
        return ""
    return f"---\ndescription: {json.dumps(html.escape(description, quote=True), ensure_ascii=False)}\n---\n\n"


@functools.cache
def environment() -> jinja2.Environment:
    """The one Jinja environment (kept: it keeps the templates compiled, and Jinja checks
    whether each template file changed before using it). Compiled templates are also kept on
    disk for the next process (Jinja's own cache, in the user's temporary folder, keyed by each
    template's text and its compiler's): compiling them costs more than rendering the pages one
    edit changes."""
    env = _Environment(
        loader=jinja2.PackageLoader("generator", "templates"),
        bytecode_cache=_compiled_templates(),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        finalize=_finalize,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(anchor=anchor, attr=attr, language_name=language_name)
    env.globals.update(href=href, url=url, address=downloads.address, jsonld=jsonld)
    env.tests.update(contains=lambda sequence, item: item in sequence, in_frame=lambda box, frame: frame.holds(box))
    return env


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's cache of compiled templates on disk; one that cannot be read or written is none
    (a full disk or a read-only temporary folder never stops a build). A compiled template is
    used only for the same template text compiled by the same compiler (this module's text)."""

    def get_source_checksum(self, source: str) -> str:
        return super().get_source_checksum(f"{source}\0{_COMPILER_TEXT}")

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            pass

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


_COMPILER_TEXT = pathlib.Path(__file__).read_text(encoding="utf-8")


def _compiled_templates() -> jinja2.BytecodeCache | None:
    """The cache of compiled templates, in the user's own temporary folder; none where Jinja
    finds no safe one (it refuses a folder another user could write to)."""
    try:
        return _CompiledTemplates()
    except (RuntimeError, OSError):
        return None


def render(pages: list[Page], updated: object = None, only: set[str] | None = None, workers: int = 1,
           encoded: bool = False, repository: Repository | None = None) -> dict[str, str] | dict[str, bytes]:
    """Every page's Markdown (or, with `only`, those pages'), by its path under docs/; one path
    planned twice is a bug. `updated` (the data's latest date) is shown in every page's footer.
    With `workers` > 1 and many pages, forked processes share the rendering (the command line's
    builds; not inside MkDocs, whose server runs threads). `encoded`: each page as UTF-8 bytes,
    ready to write (half the memory of a text holding a curly quote). With a `repository`, each
    statement links to its record there and to a correction form (repository.py)."""
    paths = [page.path for page in pages]
    if len(set(paths)) != len(paths):
        raise ValueError(f"two pages planned for {next(p for p in paths if paths.count(p) > 1)}")
    todo = [page for page in pages if only is None or page.path in only]
    SOURCE_PAGES.set(source_pages(pages))
    _job.update(todo=todo, updated=updated, encoded=encoded, repository=repository)
    try:
        if workers > 1 and len(todo) >= PARALLEL_FROM:
            shares = workers * 8  # small shares: each comes back (pickled) while the next is rendered
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                parts = list(pool.imap_unordered(_render_share, [(n, shares) for n in range(shares)]))
        else:
            parts = [_render_share((0, 1))]
    finally:
        _job.clear()
    return {path: text for part in parts for path, text in part}


PARALLEL_FROM = 400
"""Pages to render at least before forking is worth its cost."""
_job: dict = {}
"""What the forked workers render (inherited, not pickled: pages hold the whole fact sheet)."""


def _render_share(share: tuple[int, int]) -> list[tuple[str, str | bytes]]:
    """Every `count`-th page of the job from the `start`-th, rendered (interleaved: page kinds
    differ in cost, and come in runs)."""
    start, count = share
    env = environment()
    env.globals.update(updated=_job["updated"], repository=_job["repository"])
    rendered = []
    for page in _job["todo"][start::count]:
        token = CURRENT_PAGE.set(page.path)
        try:
            text = env.get_template(page.context.template).render(page.context.variables())
            text = front_matter(page.context.description) + text
            rendered.append((page.path, text.encode("utf-8") if _job["encoded"] else text))
        finally:
            CURRENT_PAGE.reset(token)
    return rendered


def source_pages(pages: list[Page]) -> dict[str, str]:
    """Which part of the sources list each source is on (links to a source go there)."""
    return {e.source.id: p.path for p in pages if isinstance(p.context, SourcesPage) for e in p.context.sources}
