"""MkDocs' own build of the written pages: `mkdocs build --strict`, in a process of its own.

After an edit, MkDocs builds a few pages of each edition into the last site (a dirty build);
importing MkDocs, its theme and the hook's code costs about as much as building them. So `make
site` starts one process early (`Early`), when a site is there to build into: it imports them
while the generator checks and renders, then waits for its builds, one per edition, and runs
each in a process forked from it (the imports made once, for all). Unused (a full build, or
nothing to build), it is stopped.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from subprocess import Popen

from generator.build import shares
from generator.build.inputs import code_digest
from generator.build.write import SITE_STAMP, SiteError
from generator.data.languages import LANGUAGES, folder
from generator.site import i18n, themewords


def build_editions(config: Path, docs: Path, site: Path, dirty: bool, early: Early | None,
                   languages: tuple[str, ...]) -> None:
    """Each edition of the site (`languages`), English at the root (it leaves the others' folders
    out: mkdocs.yml's exclude_docs), each other from its folder of `docs` into the same folder of
    `site`. All at once: full builds each in its share of the cores (`mkdocs_build`: an MkDocs
    process reads its configuration, the theme's files and the navigation before it builds a
    page, so fewer, longer processes cost less); dirty builds, small, in the `early` process
    where one was started."""
    if not dirty:
        with ThreadPoolExecutor(len(languages)) as pool:  # each thread waits for its processes
            builds = [pool.submit(mkdocs_build, config, docs / folder(language), site / folder(language),
                                  edition(language), len(languages)) for language in languages]
            for finished in builds:
                finished.result()
        return
    dirty_builds = [_dirty(config, docs / folder(language), site / folder(language), edition(language))
                    for language in languages]
    started = early.start(dirty_builds) if early is not None else None
    running = [started] if started else [subprocess.Popen([sys.executable, "-m", "mkdocs", *arguments],
                                                          env={**os.environ, **env})
                                         for arguments, env in dirty_builds]
    if any([process.wait() for process in running]):
        raise SiteError(FAILED)


def edition(language: str) -> dict[str, str]:
    """What mkdocs.yml reads (its FACTSHEET_ variables) to build the edition in `language`; its
    defaults are the English edition's. From the catalogue (themewords.py): the site's name and
    description, the palette's toggles; the edition's address where the site has one."""
    if language == LANGUAGES[0]:
        return {}
    with i18n.use(language):
        words = {key: i18n._(message) for key, message in themewords.THEME.items()}
    settings = {"FACTSHEET_LANGUAGE": language, "FACTSHEET_EXCLUDE": "", "FACTSHEET_SITE_NAME": words["site.name"],
                "FACTSHEET_SITE_DESCRIPTION": words["site.description"], "FACTSHEET_DARK": words["palette.dark"],
                "FACTSHEET_LIGHT": words["palette.light"]}
    root = os.environ.get("SITE_URL", "")
    if root:
        settings["FACTSHEET_SITE_URL"] = root.rstrip("/") + "/" + folder(language)
    return settings


def mkdocs_build(config: Path, docs: Path, site: Path, settings: dict[str, str] | None = None,
                 together: int = 1) -> None:
    """`mkdocs build --strict` of the pages in `docs` into the empty folder `site` (the hook off:
    they are written); a large one in shares, one per core of those left to it by the builds
    running `together` with it (shares.py). `settings`: what the edition sets (`edition`).
    As `--dirty` (into an empty folder, a full build's site): never clean the folder, which
    another edition may be building into."""
    env = {**os.environ, **_environment(docs, settings)}
    arguments = ["build", "--strict", "-f", str(config), "--site-dir", str(site.resolve()), "--dirty"]
    n = shares.count(sum(1 for _ in docs.rglob("*.md")), together)
    if n > 1:
        _in_shares([sys.executable, "-m", "mkdocs", *arguments], env, n)
    elif subprocess.run([sys.executable, "-m", "mkdocs", *arguments], env=env).returncode:
        raise SiteError(FAILED)


def _environment(docs: Path, settings: dict[str, str] | None) -> dict[str, str]:
    """What a build of `docs` sets for MkDocs: the pages' folder, the hook off (they are written),
    and the edition's `settings`."""
    return {"FACTSHEET_DOCS": str(docs.resolve()), "FACTSHEET_HOOK": "off", **(settings or {})}


def _dirty(config: Path, docs: Path, site: Path, settings: dict[str, str] | None) -> Build:
    """A dirty build of `docs` into `site` (write.Site.prepare: the last site's files but what
    changed): its arguments and what it sets in the environment."""
    arguments = ["build", "--strict", "-f", str(config), "--site-dir", str(site.resolve()), "--dirty"]
    return arguments, _environment(docs, settings)


Build = tuple[list[str], dict[str, str]]
"""An MkDocs command line (its arguments) and what it sets in the environment."""


class Early:
    """A `python -m mkdocs` started before its command lines are known: it imports what a build
    needs (RUNNER), then reads its builds, a line each (the arguments and environment), and runs
    each as `python -m mkdocs` would, all at once, each in a process forked from it; it ends
    when they have, failed where one did. Used once."""

    def __init__(self) -> None:
        self.process: subprocess.Popen | None = subprocess.Popen(
            [sys.executable, "-c", RUNNER], stdin=subprocess.PIPE, text=True)

    def start(self, builds: list[Build]) -> Popen | None:
        """The process, given its builds; None where it is gone (build as usual then)."""
        process, self.process = self.process, None
        if process is None or process.stdin is None or process.poll() is not None:
            return None
        try:
            process.stdin.write("".join(json.dumps({"arguments": arguments, "env": env}) + "\n"
                                        for arguments, env in builds))
            process.stdin.close()
        except OSError:
            process.wait()
            return None
        return process

    def stop(self) -> None:
        """Stopped where it was not used."""
        process, self.process = self.process, None
        if process is not None:
            process.kill()
            process.wait()


RUNNER = """
import json, os, sys, traceback
import mkdocs.__main__, mkdocs.commands.build, material, pymdownx
import generator.build.pipeline, generator.site.rawhtml

def run(request):
    os.environ.update(request["env"])
    sys.argv = ["mkdocs", *request["arguments"]]
    code = 1
    try:
        mkdocs.__main__.cli(prog_name="mkdocs")
        code = 0
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)

children = []
for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        run(json.loads(line))
    children.append(pid)
codes = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in children]
sys.exit(next((code for code in codes if code), 0))
"""
"""What the early process runs: the imports of `mkdocs build` with the hook (generator/hooks.py
imports the generator's pipeline), then the builds it is given, each forked from it (none: it
ends at once)."""


@contextmanager
def early_if(site: Path) -> Iterator[Early | None]:
    """An early process where `site` holds a built site (the next build may well be dirty);
    stopped afterwards if unused."""
    early = Early() if (site / SITE_STAMP).is_file() else None
    try:
        yield early
    finally:
        if early is not None:
            early.stop()


FAILED = "`mkdocs build --strict` failed (its messages are above)"


def _in_shares(command: list[str], env: dict[str, str], n: int) -> None:
    """The full build in `n` processes, each building its share into the same empty folder."""
    with tempfile.TemporaryDirectory(prefix="factsheet-shares-") as record:
        running = [subprocess.Popen(command, env={**env, shares.SHARE: f"{i}/{n}", shares.RECORD: record})
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
