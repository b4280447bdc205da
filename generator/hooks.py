"""The MkDocs hook: `mkdocs build` and `mkdocs serve` run the generator before each build.

A thin call: `make site` runs the generator itself (and turns this off with FACTSHEET_HOOK=off).
On bad data the build stops with the located problems; `mkdocs serve` keeps serving the last
good pages, because nothing under docs/ was written.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.exceptions import PluginError

from generator.build import Paths, build
from generator.errors import DataError
from generator.write import WriteError

log = logging.getLogger("mkdocs.hooks.factsheet")


def on_pre_build(config, **kwargs) -> None:
    if os.environ.get("FACTSHEET_HOOK") == "off":
        return
    root = Path(config.config_file_path).parent
    paths = Paths(root / "data", root / "content", Path(config.docs_dir))
    try:
        report = build(paths)
    except DataError as error:
        raise PluginError(f"the fact sheet's data has problems:\n{error.report()}") from None
    except WriteError as error:
        raise PluginError(str(error)) from None
    log.info(f"fact sheet: {report}")
