"""The MkDocs hook: `mkdocs build` and `mkdocs serve` run the generator before each build.

A thin call: `make site` runs the generator itself (and turns this off with FACTSHEET_HOOK=off).
On bad data, `mkdocs build` stops with the located problems.

`mkdocs serve` never stops answering: MkDocs' own server waits for a build that succeeds, so a
strict build that fails would hang every request until the file is fixed. In serve mode the
hook therefore (1) on bad data prints the problems and leaves docs/ as it was, so the last
good pages are served, (2) puts a banner on every served page that says the preview is stale
and why, listing the data's problems and MkDocs' own warnings, and (3) then lets the build
finish: strict mode's count of warnings, checked right after the last hook, is cleared (each
warning was printed, and is in the banner). `mkdocs build` and `make site` stay strict.

`make serve` runs `mkdocs serve --dirty`: after an edit MkDocs rebuilds only the pages the
generator rewrote (the others keep their time stamps: write.py links them, it does not copy
them), and copies the parts of the search index that changed (the generator writes the whole
index: search.py). An edit to the prose (content/) rebuilds every page, so that MkDocs checks
its links against every page's anchors.

The generator's raw HTML blocks (statements, lists, pictures) are set aside before Markdown
reads a page and put back after, their links made the site's addresses (rawhtml.py): MkDocs does
not parse HTML it would pass through unchanged.

A large `make site` runs one MkDocs per core, each building a share of the pages (shares.py):
the hook restricts each to its share and keeps its record of anchors.
"""

from __future__ import annotations

import logging
import os
import sys
from importlib import metadata
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import CountHandler

from generator.build import shares
from generator.build.inputs import tree_digest
from generator.build.pipeline import Options, Paths, build
from generator.build.write import WriteError
from generator.data.errors import DataError
from generator.data.languages import LANGUAGES
from generator.data.load import Readings
from generator.site import rawhtml, repository
from generator.site.environment import environment, theme_templates

log = logging.getLogger("mkdocs.hooks.factsheet")
HEADERLINK, HEADERLINK_UNTABBED = '<a class="headerlink" ', '<a class="headerlink" tabindex="-1" '
"""Each heading's ¶ link (MkDocs' `toc` permalinks) taken out of the tab order: a keyboard would
stop at every one before it reaches the content (the contents list links each heading)."""
BANNER_LIMIT = 20
"""Problems listed in the banner at most; the terminal has them all."""


class _Warnings(logging.Handler):
    """MkDocs' warnings during one serve build (a broken link, a missing anchor)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.name != log.name:
            self.messages.append(message)


DIRTY_WARNING = "A 'dirty' build is being performed"
"""MkDocs' warning on every dirty build: not a problem of the fact sheet (and in strict mode,
which counts warnings, it would stop `make site`'s dirty builds)."""


def _not_the_dirty_warning(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith(DIRTY_WARNING)


class FactSheetHook:
    """What the hook remembers from one MkDocs event to the next, and across `serve` builds."""

    def __init__(self) -> None:
        self.command = "build"
        """`build`, `gh-deploy` or `serve`, as MkDocs started."""
        self.dirty = False
        """`serve --dirty`: only the pages the generator rewrote are rebuilt."""
        self.readings: Readings | None = None
        """In serve mode, the data files' readings kept between builds (only the changed ones are read again)."""
        self.problems: list[str] = []
        """This build's data problems (or why its pages could not be written)."""
        self.warnings = _Warnings()
        """MkDocs' own warnings during this build (serve mode)."""
        self.banner = ""
        """The banner put on every page by the last build (empty: none)."""
        self.prose: str | None = None
        """The fingerprint of content/ at the last build (serve --dirty)."""
        self.raw: dict[str, rawhtml.SetAside] = {}
        """Each page's raw HTML blocks set aside (rawhtml.py), by its source path."""
        self.share = shares.this_share()
        """(i, n) when this process builds a share of a large site (shares.py), else None."""
        self.files = None
        """The site's files (MkDocs' `Files`), for the share's record."""
        self.nav = None
        """The navigation of the build in progress (on_nav)."""
        self.pages: frozenset[str] = frozenset()
        """The pages of this build, by source path: raw HTML may link to these."""

    def on_startup(self, command: str, dirty: bool = False, **kwargs) -> None:
        self.command, self.dirty = command, dirty
        if dirty:  # `make site` builds dirty only where the result is a full build's (write.Site.prepare)
            logging.getLogger("mkdocs.commands.build").addFilter(_not_the_dirty_warning)
        if command == "serve":
            logging.getLogger("mkdocs").addHandler(self.warnings)
            self.readings = Readings()

    def on_pre_build(self, config, **kwargs) -> None:
        self.problems = []
        self.warnings.messages.clear()
        if os.environ.get("FACTSHEET_HOOK") == "off":
            return
        root = Path(config.config_file_path).parent
        if self.dirty:
            self._rebuild_all_if_prose_changed(root / "content", Path(config.site_dir))
        # MkDocs alone builds the English edition (docs/ but its other editions' folders): the
        # generator makes it alone, and the pages offer no other (`make site` builds them all).
        config.extra["editions"] = {code: e for code, e in config.extra["editions"].items() if code == LANGUAGES[0]}
        try:
            options = Options(repository=repository.from_environment(root), readings=self.readings,
                              languages=LANGUAGES[:1])
            report = build(
                Paths(root / "data", root / "content", Path(config.docs_dir), schema=root / "schema"), options
            )
        except (DataError, WriteError, repository.SettingError) as error:
            self._failed(error)
            return
        log.info(f"fact sheet: {report}")

    def _rebuild_all_if_prose_changed(self, content: Path, site: Path) -> None:
        """After an edit to the prose, every page is rebuilt (each built page is made older than its
        source), so that links from the prose are checked against every page's anchors."""
        seen, self.prose = self.prose, tree_digest(content)
        if seen is not None and seen != self.prose:
            for page in site.rglob("*.html"):
                os.utime(page, (0, 0))

    def _failed(self, error: DataError | WriteError | repository.SettingError) -> None:
        if isinstance(error, DataError):
            message = f"the fact sheet's data has problems:\n{error.report('docs/ was left as it was')}"
            self.problems = [str(p) for p in error.problems]
        else:
            message = f"the fact sheet's pages could not be written: {error}"
            self.problems = [str(error)]
        if self.command != "serve":
            raise PluginError(message) from None
        sys.stderr.write(f"ERROR    -  {message}\nStill serving the last good pages; fix the data and save.\n")

    def on_files(self, files, config, **kwargs):
        self.files = files
        self.pages = frozenset(f.src_uri for f in files if f.is_documentation_page())
        if self.share:
            shares.restrict(files, config, self.share)
        return files

    def on_nav(self, nav, config, files, **kwargs):
        self.nav = nav
        return nav

    def on_env(self, env, config, files, **kwargs):
        """The theme's compiled templates kept on disk for the next MkDocs (environment.py). And
        the navigation's titles: mkdocs.yml names its pages without (each edition's titles are its
        language's, in the pages' front matter), and a dirty build does not read the pages it
        keeps; their front matter is read here, so the navigation a dirty build writes is a
        full build's."""
        env.bytecode_cache = theme_templates(env, _THEME_VERSIONS)
        if self.nav is not None:
            for page in self.nav.pages:
                if page.markdown is None:
                    page.read_source(config)
        return env

    def on_page_markdown(self, markdown: str, page, **kwargs) -> str:
        markdown, found = rawhtml.set_aside(markdown)
        if found.blocks:
            self.raw[page.file.src_uri] = found
        return markdown

    def on_page_content(self, html: str, page, **kwargs) -> str:
        html = html.replace(HEADERLINK, HEADERLINK_UNTABBED)
        found = self.raw.pop(page.file.src_uri, None)
        if found is None:
            return html
        if page.present_anchor_ids is not None:  # MkDocs checks links to these ids (a statement's)
            page.present_anchor_ids.update(found.anchors)
        try:
            return rawhtml.put_back(html, found, page.file.src_uri, self.pages)
        except rawhtml.RawHTMLError as error:
            raise PluginError(f"{page.file.src_uri}: {error}") from None

    def on_post_build(self, config, **kwargs) -> None:
        """In serve mode, with problems: a banner on every page (escaped: the text comes from the
        data), gone again once they are fixed. In a share of a build: its record (shares.py)."""
        if self.share:
            shares.record(self.files, self.share)
        if self.command != "serve":
            return
        problems = self.problems + self.warnings.messages
        banner = _banner(problems, stale=bool(self.problems)) if problems else ""
        if banner or self.banner:
            for page in Path(config.site_dir).rglob("*.html"):
                _put_banner(page, self.banner, banner)
        self.banner = banner
        for handler in logging.getLogger("mkdocs").handlers:
            if isinstance(handler, CountHandler):
                handler.counts.clear()


_THEME_VERSIONS = " ".join(f"{name} {metadata.version(name)}" for name in ("mkdocs", "mkdocs-material", "jinja2"))


def _put_banner(page: Path, old: str, new: str) -> None:
    text = page.read_text(encoding="utf-8")
    if old and old in text:
        text = text.replace(old, "", 1)
    if new:
        start = text.find(">", text.find("<body")) + 1
        text = text[:start] + new + text[start:]
    page.write_text(text, encoding="utf-8")


def _banner(problems: list[str], stale: bool) -> str:
    """The banner's HTML, from its template: every problem escaped."""
    return environment().get_template("_stale_banner.html.j2").render(
        problems=problems[:BANNER_LIMIT], more=max(0, len(problems) - BANNER_LIMIT), stale=stale)


HOOK = FactSheetHook()
"""The one instance MkDocs' events go to (MkDocs loads this module once per process)."""
on_startup = HOOK.on_startup
on_pre_build = HOOK.on_pre_build
on_files = HOOK.on_files
on_nav = HOOK.on_nav
on_env = HOOK.on_env
on_page_markdown = HOOK.on_page_markdown
on_page_content = HOOK.on_page_content
on_post_build = HOOK.on_post_build
