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
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import CountHandler

from generator.build import Paths, build
from generator.errors import DataError
from generator.render import environment
from generator.write import WriteError

log = logging.getLogger("mkdocs.hooks.factsheet")
BANNER_LIMIT = 20
"""Problems listed in the banner at most; the terminal has them all."""


class _Warnings(logging.Handler):
    """MkDocs' warnings during one serve build (a broken link, a missing anchor)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name != log.name:
            self.messages.append(record.getMessage())


_state: dict = {"command": "build", "problems": [], "warnings": _Warnings()}


def on_startup(command: str, **kwargs) -> None:
    _state["command"] = command
    if command == "serve":
        logging.getLogger("mkdocs").addHandler(_state["warnings"])


def on_pre_build(config, **kwargs) -> None:
    _state["problems"] = []
    _state["warnings"].messages.clear()
    if os.environ.get("FACTSHEET_HOOK") == "off":
        return
    root = Path(config.config_file_path).parent
    try:
        report = build(Paths(root / "data", root / "content", Path(config.docs_dir)))
    except (DataError, WriteError) as error:
        _failed(error)
        return
    log.info(f"fact sheet: {report}")


def _failed(error: DataError | WriteError) -> None:
    if isinstance(error, DataError):
        message = f"the fact sheet's data has problems:\n{error.report('docs/ was left as it was')}"
        _state["problems"] = [str(p) for p in error.problems]
    else:
        message = f"the fact sheet's pages could not be written: {error}"
        _state["problems"] = [str(error)]
    if _state["command"] != "serve":
        raise PluginError(message) from None
    sys.stderr.write(f"ERROR    -  {message}\nStill serving the last good pages; fix the data and save.\n")


def on_post_build(config, **kwargs) -> None:
    """In serve mode, with problems: a banner on every page (escaped: the text comes from the data)."""
    problems = _state["problems"] + _state["warnings"].messages
    if _state["command"] != "serve" or not problems:
        return
    banner = _banner(problems, stale=bool(_state["problems"]))
    for page in Path(config.site_dir).rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        start = text.find(">", text.find("<body")) + 1
        page.write_text(text[:start] + banner + text[start:], encoding="utf-8")
    for handler in logging.getLogger("mkdocs").handlers:
        if isinstance(handler, CountHandler):
            handler.counts.clear()


def _banner(problems: list[str], stale: bool) -> str:
    """The banner's HTML, from its template: every problem escaped."""
    return environment().get_template("_stale_banner.html.j2").render(
        problems=problems[:BANNER_LIMIT], more=max(0, len(problems) - BANNER_LIMIT), stale=stale)
