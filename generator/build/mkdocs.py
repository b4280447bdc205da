"""MkDocs' own build of the written pages: `mkdocs build --strict`, in a process of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from generator.build.write import SiteError


def mkdocs_build(config: Path, docs: Path, site: Path) -> None:
    """`mkdocs build --strict` of the pages in `docs` into `site` (the hook off: they are written)."""
    env = {**os.environ, "FACTSHEET_DOCS": str(docs.resolve()), "FACTSHEET_HOOK": "off"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "--site-dir",
               str(site.resolve())]
    if subprocess.run(command, env=env, check=False).returncode:
        raise SiteError("`mkdocs build --strict` failed (its messages are above)")
