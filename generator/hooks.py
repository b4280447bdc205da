"""The MkDocs hook: `mkdocs build` and `mkdocs serve` run the generator before each build.

A thin call: `make site` runs the generator itself (and turns this off with FACTSHEET_HOOK=off).
On bad data, `mkdocs build` stops with the located problems. `mkdocs serve` prints them and
keeps serving the last good pages: nothing under docs/ was written, and MkDocs' own server
would stop answering after a failed build.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

from generator.build import Paths, build
from generator.errors import DataError
from generator.write import WriteError

log = logging.getLogger("mkdocs.hooks.factsheet")
_command = "build"


def on_startup(command: str, **kwargs) -> None:
    global _command
    _command = command


def on_pre_build(config, **kwargs) -> None:
    if os.environ.get("FACTSHEET_HOOK") == "off":
        return
    root = Path(config.config_file_path).parent
    try:
        report = build(Paths(root / "data", root / "content", Path(config.docs_dir)))
    except (DataError, WriteError) as error:
        if isinstance(error, DataError):
            message = f"the fact sheet's data has problems:\n{error.report('docs/ was left as it was')}"
        else:
            message = f"the fact sheet's pages could not be written: {error}"
        if _command != "serve":
            raise PluginError(message) from None
        sys.stderr.write(f"ERROR    -  {message}\nStill serving the last good pages; fix the data and save.\n")
        return
    log.info(f"fact sheet: {report}")
