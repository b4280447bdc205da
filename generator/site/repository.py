"""Where the fact sheet is kept on GitHub: each statement's "Edit" link to its record, and its
"Suggest a correction" link to a new issue filled in with the statement (the issue form
`.github/ISSUE_TEMPLATE/correction.yml`).

Set by the environment at the edge (cli.py, hooks.py): `FACTSHEET_REPOSITORY` (`OWNER/NAME`, or
the repository's whole address), else `GITHUB_REPOSITORY`, which GitHub Actions sets;
`FACTSHEET_BRANCH` (default `main`); `SITE_URL`, the site's address, for the statement's address
in the issue. Without a repository the links are left out, never broken.
"""

from __future__ import annotations

import os
import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.data.errors import Location

GITHUB = "https://github.com"
OWNER_NAME = re.compile(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")
ISSUE_FORM = "correction.yml"
"""The issue form under .github/ISSUE_TEMPLATE/ whose fields the correction link fills in."""
WORDS_LIMIT = 1500
"""Characters of a statement's words put in the correction link at most (an address has limits)."""


class SettingError(ValueError):
    """A repository named by the environment that cannot be one."""


@dataclass(frozen=True)
class Repository:
    """A GitHub repository holding the fact sheet's files."""

    url: str
    """`https://github.com/OWNER/NAME`."""
    branch: str
    root: Path
    """The project folder: the repository's paths are relative to it."""
    site_url: str = ""
    """The published site's address, ending `/`; empty where not known."""

    def edit(self, where: Location | None) -> str:
        """The address of a record's file on GitHub, at its line; empty where the file is not in
        the project (its pencil button opens GitHub's editor)."""
        if where is None:
            return ""
        try:
            path = Path(where.file).resolve().relative_to(self.root.resolve())
        except ValueError:
            return ""
        quoted = urllib.parse.quote(path.as_posix())
        return f"{self.url}/blob/{urllib.parse.quote(self.branch)}/{quoted}#L{where.line}"

    def correction(self, statement_id: str, address: str, words: str) -> str:
        """A new issue from the correction form, filled in with the statement."""
        if len(words) > WORDS_LIMIT:
            words = words[:WORDS_LIMIT] + "…"
        fields = {"template": ISSUE_FORM, "title": f"Correction: {statement_id}", "statement": statement_id,
                  "address": self.site_url + address, "words": words}
        return f"{self.url}/issues/new?{urllib.parse.urlencode(fields, quote_via=urllib.parse.quote)}"

    @property
    def name(self) -> str:
        """`OWNER/NAME`."""
        return self.url.removeprefix(f"{GITHUB}/")

    def report(self) -> str:
        """A new issue from the correction form, for an error in no one statement."""
        return f"{self.url}/issues/new?{urllib.parse.urlencode({'template': ISSUE_FORM})}"


def from_environment(root: Path, environ: Mapping[str, str] | None = None) -> Repository | None:
    """The repository the environment names (see the module's doc), or None where it names
    none; SettingError where it names one that cannot be."""
    env = os.environ if environ is None else environ
    named = (env.get("FACTSHEET_REPOSITORY") or env.get("GITHUB_REPOSITORY") or "").strip().rstrip("/")
    if not named:
        return None
    if OWNER_NAME.fullmatch(named):
        url = f"{GITHUB}/{named}"
    elif named.startswith("https://") and OWNER_NAME.fullmatch(urllib.parse.urlsplit(named).path.strip("/")):
        url = named
    else:
        raise SettingError(f"FACTSHEET_REPOSITORY: `{named}` is not a GitHub repository; expected OWNER/NAME "
                         "or https://github.com/OWNER/NAME")
    site = env.get("SITE_URL", "").strip()
    site = site + "/" if site and not site.endswith("/") else site
    return Repository(url, env.get("FACTSHEET_BRANCH", "").strip() or "main", root, site)
