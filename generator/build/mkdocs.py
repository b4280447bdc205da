"""MkDocs' own build of the written pages: `mkdocs build --strict`, in a process of its own."""

from __future__ import annotations

import datetime
import hashlib
import os
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from generator.build import shares
from generator.build.inputs import code_digest
from generator.build.write import SiteError


def mkdocs_build(config: Path, docs: Path, site: Path, dirty: bool = False) -> None:
    """`mkdocs build --strict` of the pages in `docs` into `site` (the hook off: they are written);
    `dirty`: into the last site's files, building only the pages and files `site` lacks
    (write.Site.prepare). A large full build runs in shares, one per core (shares.py)."""
    env = {**os.environ, "FACTSHEET_DOCS": str(docs.resolve()), "FACTSHEET_HOOK": "off"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "--site-dir",
               str(site.resolve())]
    n = 1 if dirty else shares.count(sum(1 for _ in docs.rglob("*.md")))
    if n > 1:
        _in_shares(command, env, n)
    elif subprocess.run([*command, *(["--dirty"] if dirty else [])], env=env, check=False).returncode:
        raise SiteError(FAILED)


FAILED = "`mkdocs build --strict` failed (its messages are above)"


def _in_shares(command: list[str], env: dict[str, str], n: int) -> None:
    """The full build in `n` processes, each building its share into the same empty folder."""
    with tempfile.TemporaryDirectory(prefix="factsheet-shares-") as record:
        running = [subprocess.Popen([*command, "--dirty"], env={**env, shares.SHARE: f"{i}/{n}", shares.RECORD: record})
                   for i in range(n)]
        if any([process.wait() for process in running]):
            raise SiteError(FAILED)
        broken = shares.unchecked_links(Path(record), n)
    if broken:
        raise SiteError("`mkdocs build --strict` failed:\n" + "\n".join(broken))


def output_of(path: str) -> str:
    """Where MkDocs writes what it builds from a file of docs/ (directory URLs): `countries/ua.md`
    → `countries/ua/index.html`, `index.md` → `index.html`; any other file is copied as it is."""
    if not path.endswith(".md"):
        return path
    stem = path.removesuffix(".md")
    return f"{stem}.html" if stem == "index" or stem.endswith("/index") else f"{stem}/index.html"


ALWAYS = ("404.html", "sitemap.xml", "sitemap.xml.gz")
"""What MkDocs writes on every build, dirty or not (the theme's pages for the whole site)."""


def sitemap_date() -> str:
    """What the sitemap's dates come from: SOURCE_DATE_EPOCH (the last commit's time, the Makefile
    says), else the day of the build."""
    return os.environ.get("SOURCE_DATE_EPOCH") or f"today {datetime.date.today()}"


SITE_SETTINGS = ("SITE_URL",)
"""The environment variables mkdocs.yml reads (`!ENV`): a change to one builds the site again."""


def site_key(config: Path) -> str:
    """What MkDocs builds the site with besides the pages: mkdocs.yml, the generator's code (its
    hooks and theme), the versions of MkDocs and its theme, and the settings mkdocs.yml reads."""
    versions = [f"{name} {metadata.version(name)}" for name in ("mkdocs", "mkdocs-material")]
    settings = [f"{name}={os.environ.get(name, '')}" for name in SITE_SETTINGS]
    config_digest = hashlib.sha256(config.read_bytes()).hexdigest()
    return "\n".join([config_digest, code_digest(), sys.version, *versions, *settings])
