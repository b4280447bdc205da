"""The Jinja environment: every value from the data is escaped for Markdown unless marked safe.

Templates write Markdown. With `finalize`, every `{{ value }}` that is not already Markup is
shown as literal text: Markdown syntax is backslash-escaped and `<`, `>`, `&` become entities,
so a quote can hold `*`, `#`, `[x](javascript:...)` or `<script>` and the reader sees exactly
those characters. Only links made by `href` and the hand-written prose are Markup.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import html
import json
import pathlib
import posixpath
import re

import babel
import jinja2
import jinja2.compiler
import markupsafe
from markupsafe import Markup

from generator.data.languages import English, Translated
from generator.data.model import Stance, Topic
from generator.site import colours, i18n
from generator.site import jsonld as schema_org
from generator.site.downloads import SITE_NAME
from generator.site.phrases import FILTERS
from generator.site.printings import compared
from generator.site.routes import Routes, address, anchor, link_from, site_link

WHITESPACE = re.compile(r"\s+")
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
"""Python-Markdown's escapable characters (with `tables`, `|`); `<`, `>`, `&` and `~` (a code
fence for `fenced_code`, which cannot be backslash-escaped) become entities.
Designed for the extensions in mkdocs.yml: tests/test_environment.py pins that list."""


def md_text(value: object) -> Markup:
    """`value` as Markdown that renders to exactly its text, on one line."""
    text = WHITESPACE.sub(" ", str(value))
    escaped = MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return Markup(html.escape(escaped, quote=False).replace("~", "&#126;"))


def _finalize(value: object) -> object:
    if isinstance(value, (Markup, int, float)):
        return value  # numbers have nothing to escape (a map's coordinates, counts)
    return md_text(value)


_finalize.markup_only = True  # type: ignore[attr-defined]


def _translated(language: str, escape):
    """`escape` (Markdown's or HTML's) for an edition in `language`: a text of the fact sheet's
    own is shown in that language where it is given in it, else in English, marked as English
    (`<span lang="en">`, for screen readers, and `fs-fallback`, visibly). The same texts come back
    again and again (a speaker's name on each of their statements), so each is marked once."""
    marked: dict[str, Markup] = {}

    def escaped(value: object) -> object:
        if isinstance(value, Translated) and language in value.versions:
            return escape(value.versions[language])
        if isinstance(value, (Translated, English)):
            english = str(value)
            found = marked.get(english)
            if found is None:
                fallback = Markup('<span lang="en" class="fs-fallback">{}</span>')
                found = marked[english] = fallback.format(escape(english))
            return found
        return escape(value)
    escaped.markup_only = True  # type: ignore[attr-defined]
    return escaped


class _Compiler(jinja2.compiler.CodeGenerator):
    """Jinja's compiler, writing each `{{ value }}` as `str(finalize(value))` where Jinja writes
    `escape(finalize(value))`. `_finalize` returns only Markup and numbers, which `escape` would
    return unchanged, as a new Markup: the same text, in a good part less of the rendering time
    (make bench, README's Speed). Only with our `_finalize` and where autoescaping is on (every template here);
    anything else is compiled as Jinja compiles it. tests/test_environment.py checks both halves."""

    def _output_child_pre(self, node, frame, finalize) -> None:
        markup_only = getattr(self.environment.finalize, "markup_only", False)
        if markup_only and frame.eval_ctx.autoescape and not frame.eval_ctx.volatile:
            self.write(f"str({finalize.src}")
        else:
            super()._output_child_pre(node, frame, finalize)


class _Environment(jinja2.Environment):
    code_generator_class = _Compiler
    links: Links
    words: i18n.Words = i18n.words(i18n.SOURCE)
    """The edition's language (i18n.py): templates are compiled with its words in them."""

    def _parse(self, source: str, name: str | None, filename: str | None) -> jinja2.nodes.Template:
        return i18n.ConstantGettext(self.words).visit(super()._parse(source, name, filename))


class Links:
    """Links from the page being rendered (`page`, a path under docs/) to a record or a path:
    `href` as Markdown writes them, for Markdown and raw HTML alike (routes.py), `url` as the
    built site has them, for what no converter reads (a script's data). The environment has
    one, as the templates' `href` and `url` (its macros are compiled once, and keep the
    functions they were given); each render sets its routes and, page by page, the page
    (render.RenderJob)."""

    def __init__(self) -> None:
        self.routes = Routes()
        self.page = "index.md"

    @property
    def page(self) -> str:
        return self._page

    @page.setter
    def page(self, path: str) -> None:
        self._page, self._folder = path, posixpath.dirname(path) or "."

    def href(self, target: object) -> Markup:
        return link_from(target if isinstance(target, str) else self.routes.path_of(target), self._folder)

    def url(self, target: object) -> Markup:
        return site_link(target if isinstance(target, str) else self.routes.path_of(target), self.page)


def stance_class(stance: Stance, topic: Topic) -> Markup:
    """The class that colours a stance (colours.py): a word of letters, digits and hyphens,
    written as it is."""
    return Markup(colours.stance_classes(topic)[stance.id])


def plain(value: str) -> Markup:
    """A text of the fact sheet's own in the edition's language (its English where it has none),
    HTML-escaped with no markup around it: for an attribute, or an SVG title (where the mark of
    an English fallback, an element, cannot go)."""
    return markupsafe.escape(i18n.text(value))


def attr(value: str) -> Markup:
    """A value quoted for an HTML attribute (a web address from the data)."""
    return Markup(html.escape(value, quote=True))


def language_name(code: str) -> str:
    """`en` → `English` (`англійська` in the Ukrainian edition), by CLDR's names (Babel); a code
    CLDR does not know is shown as written."""
    return _language_name(code, i18n.current().language)


@functools.cache
def _language_name(code: str, language: str) -> str:
    try:
        return babel.Locale.parse(code, sep="-").get_display_name(language) or code
    except (ValueError, babel.UnknownLocaleError):
        return code


LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
RUSSIAN_LETTERS = set("ыэъёЫЭЪЁ")
"""Cyrillic letters Ukrainian does not use."""


def lang(value: object, page: str = i18n.SOURCE) -> Markup:
    """` lang="uk"` for text in another language than the page's (`page`), for screen readers to
    read it aright and browsers to hyphenate it: a source's printed words in the source's
    `language` (a Source); a text (a str) in Cyrillic, as Ukrainian, or as Russian where it has
    letters Ukrainian does not use (ы, э, ъ, ё); on a page not in English, a text in Latin
    letters as English. Empty where the language is the page's or not known."""
    if isinstance(value, str):
        cyrillic = any("\u0400" <= c <= "\u04ff" for c in value)
        code = ("ru" if RUSSIAN_LETTERS.intersection(value) else "uk") if cyrillic else i18n.SOURCE
    else:
        code = getattr(value, "language", "") or ""
    if not code or code == page or not LANGUAGE_CODE.fullmatch(code):
        return Markup("")
    return Markup(' lang="{}"').format(code)


def jsonld(statements: list) -> Markup:
    """schema.org data for the statements a page shows (jsonld.py), escaped for its <script>."""
    return Markup(schema_org.jsonld(statements))


def jsonld_list(statements: list, root: str, name: str) -> Markup:
    """schema.org data listing statements given in full on their speakers' pages (jsonld.py)."""
    return Markup(schema_org.listed(statements, root, name))


def front_matter(description: str, title: str = "") -> str:
    """The page's YAML front matter for MkDocs: its title where it has one (the navigation's: in
    the edition's language), its description; each HTML-escaped (Material writes them into the
    page unescaped), as a JSON string (valid YAML)."""
    fields = [(name, value) for name, value in (("title", title), ("description", description)) if value]
    if not fields:
        return ""
    lines = "".join(f"{name}: {json.dumps(html.escape(value, quote=True), ensure_ascii=False)}\n"
                    for name, value in fields)
    return f"---\n{lines}---\n\n"


@functools.cache
def environment(language: str = i18n.SOURCE) -> _Environment:
    """The Jinja environment of the edition in `language` (kept: it keeps the templates compiled,
    with the language's words in them, and Jinja checks whether each template file changed
    before using it). Compiled templates are also kept on disk for the next process (Jinja's own
    cache, in the user's temporary folder, keyed by each template's text, its compiler's and the
    language's catalogue): compiling them costs more than rendering the pages one edit changes."""
    words = i18n.words(language)
    finalize = _finalize if language == i18n.SOURCE else _translated(language, _finalize)
    env = _Environment(
        loader=jinja2.PackageLoader("generator.site", "templates"),
        bytecode_cache=_compiled_templates(f"{_COMPILER_TEXT}\0{_I18N_TEXT}\0{language}\0{words.catalogue_text}"),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        finalize=finalize,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=[i18n.CompiledTranslations],
    )
    env.policies["ext.i18n.trimmed"] = True
    env.words = words
    env.filters.update(anchor=anchor, attr=attr, language_name=language_name, compared=compared, **FILTERS,
                       words=i18n.date, period=i18n.period, in_text=i18n.in_text, text=i18n.text, missing=i18n._,
                       source_kind=i18n._,
                       plain=plain,
                       lang=lambda value: lang(value, language))
    if language != i18n.SOURCE:
        env.filters.update(e=_translated(language, markupsafe.escape), escape=_translated(language, markupsafe.escape))
    env.links = Links()
    env.globals.update(href=env.links.href, url=env.links.url, address=address, jsonld=jsonld,
                       jsonld_list=jsonld_list, site_name=words.gettext(SITE_NAME), stance_class=stance_class,
                       plural_form=i18n.plural_form(words), page_language=language,
                       articles=language == i18n.SOURCE)
    return env


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's cache of compiled templates on disk; one that cannot be read or written is none
    (a full disk or a read-only temporary folder never stops a build). A compiled template is
    used only for the same template text compiled by the same compiler: this module's text, or
    the `compiler` named (MkDocs' theme: theme_templates)."""

    def __init__(self, directory: str | None = None, compiler: str = "") -> None:
        super().__init__(directory)
        self.compiler = compiler or _COMPILER_TEXT
        self.compiler_digest = hashlib.sha256(self.compiler.encode()).hexdigest()

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        """A file per template and compiler: each edition's compilation of a template has its own
        (Jinja's key, by name and path alone, had the editions overwrite each other's, so every
        build compiled every template again), and every copy of the project (a clone, a test's)
        shares them."""
        return hashlib.sha256(f"{name}\0{self.compiler_digest}".encode()).hexdigest()

    def get_source_checksum(self, source: str) -> str:
        return super().get_source_checksum(f"{source}\0{self.compiler}")

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


_COMPILER_TEXT = pathlib.Path(__file__).read_text(encoding="utf-8")
_I18N_TEXT = pathlib.Path(i18n.__file__).read_text(encoding="utf-8")


def _compiled_templates(compiler: str = "") -> jinja2.BytecodeCache | None:
    """The cache of compiled templates, in the user's own temporary folder; none where Jinja
    finds no safe one (it refuses a folder another user could write to)."""
    try:
        return _CompiledTemplates(compiler=compiler)
    except (RuntimeError, OSError):
        return None


def theme_templates(env: jinja2.Environment, versions: str) -> jinja2.BytecodeCache | None:
    """A cache of compiled templates for MkDocs' theme environment (the hook's `on_env`): each
    MkDocs process otherwise compiles the theme's templates again, which costs more than
    building the pages one edit changed. Keyed, besides each template's text, by `versions`
    (MkDocs' and the theme's) and the environment's settings that shape the compiled code."""
    settings = [env.block_start_string, env.variable_start_string, env.comment_start_string, env.line_statement_prefix,
                env.line_comment_prefix, env.trim_blocks, env.lstrip_blocks, env.newline_sequence,
                env.keep_trailing_newline, env.optimized, sorted(env.extensions), env.is_async,
                env.autoescape if isinstance(env.autoescape, bool) else getattr(env.autoescape, "__qualname__", "?")]
    return _compiled_templates(f"MkDocs theme\0{versions}\0{settings!r}")
