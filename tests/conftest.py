"""Shared fixtures: a small valid data set to break, the fixture fact sheet, a project to build.

Code tests build the fixture fact sheet (tests/fixtures/sheet), never the shipped data/ and
content/, so that an editor's change to the facts breaks no code test. Tests about the shipped
facts are marked `data`."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import http.server
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HAND_WRITTEN_DOCS = ("stylesheets", "javascripts")
"""What docs/ holds that the generator does not write (committed, copied into test projects)."""
SHEET = ROOT / "tests" / "fixtures" / "sheet"
"""The fixture fact sheet: data/ and content/ for code tests."""
os.environ["NO_MKDOCS_2_WARNING"] = "1"

MINIMAL = {
    "topics.yaml": """\
        - id: nato-membership
          title: Membership
          question: Should Ukraine join?
          stances:
            - id: supports
              label: Supports
            - id: opposes
              label: Opposes
        """,
    "countries.yaml": """\
        - id: ua
          name: Ukraine
        - id: us
          name: United States
          nato_member_since: 1949
          nato_source: src
        - id: no
          name: Norway
        """,
    "actors.yaml": """\
        - id: jane-doe
          name: Jane Doe
          kind: person
          country: us
          role: Envoy
        """,
    "sources.yaml": """\
        - id: src
          kind: article
          date: 2025-03-22
        """,
    "statements/one.yaml": """\
        - id: doe-opposes
          date: 2025-02-12
          speaker: jane-doe
          topic: nato-membership
          stance: opposes
          position_of: [ua, no]
          quote: We said no.
          source: src
          voice: reported
        """,
}


def minimal_statement(extra: str = "", **changes: str | None) -> str:
    """The minimal statement as YAML, fields replaced (a value) or removed (None), lines added."""
    lines = []
    for line in textwrap.dedent(MINIMAL["statements/one.yaml"]).splitlines():
        key = line.strip().lstrip("- ").split(":")[0]
        if key in changes:
            if changes[key] is None:
                continue
            line = line.split(":")[0] + ": " + changes[key]
        lines.append(line)
    return "\n".join(lines + ([extra] if extra else [])) + "\n"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden from the fixture fact sheet")


def write_data(folder: Path, files: dict[str, str]) -> Path:
    """Write a data folder from {relative path: YAML text (dedented)}."""
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


@pytest.fixture
def minimal(tmp_path: Path) -> Path:
    """A small valid data folder; tests overwrite one file to break it."""
    return write_data(tmp_path / "data", MINIMAL)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project (data, content, mkdocs.yml, hand-written docs) to build and edit."""
    return copy_project(tmp_path)


def run(*args: str, cwd: Path, env: dict | None = None, check: bool = False) -> subprocess.CompletedProcess:
    """Run a command of the project's venv (python -m generator ..., mkdocs ...)."""
    command = [sys.executable, "-m", *args]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env={**os.environ, **(env or {})})
    if check and result.returncode:
        raise AssertionError(f"{command} failed:\n{result.stdout}\n{result.stderr}")
    return result


def copy_project(target: Path, sheet: Path = SHEET) -> Path:
    """Copy what a build reads into `target`: a fact sheet's data and content (the fixture's
    unless told), mkdocs.yml, hand-written docs."""
    for name in ("data", "content"):
        shutil.copytree(sheet / name, target / name)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    for folder in HAND_WRITTEN_DOCS:
        shutil.copytree(ROOT / "docs" / folder, target / "docs" / folder)
    (target / "generator").symlink_to(ROOT / "generator")
    return target


def clone_working_tree(target: Path) -> Path:
    """A git clone of this project whose last commit is its working tree as it is (what git
    would commit: tracked and new files, less what .gitignore leaves out)."""
    def git(*args: str, cwd: Path) -> str:
        return subprocess.run(["git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org", *args],
                              cwd=cwd, check=True, capture_output=True, text=True).stdout

    git("clone", "--quiet", "--no-hardlinks", str(ROOT), str(target), cwd=ROOT)
    for name in filter(None, git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT).split("\0")):
        if (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
        else:
            (target / name).unlink(missing_ok=True)
    git("add", "--all", cwd=target)
    git("commit", "--quiet", "--allow-empty", "-m", "The working tree", cwd=target)
    return target


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture fact sheet built by a real `mkdocs build --strict`, the hook running the generator."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    result = run("mkdocs", "build", "--strict", "--site-dir", "site", cwd=project, env={"FACTSHEET_HOOK": ""})
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return project / "site"


@pytest.fixture(scope="session")
def built_editions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture fact sheet built as `make site` builds it (`python -m generator site`): every
    edition, English at the root, Ukrainian in uk/."""
    project = copy_project(tmp_path_factory.mktemp("editions"))
    result = run("generator", "site", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


@pytest.fixture(scope="session")
def editions_server(built_editions: Path) -> Iterator[str]:
    """Both editions, served on 127.0.0.1 for the browser tests."""
    with serve(built_editions) as url:
        yield url


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 (a free port) while the block runs; yields its URL."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="session")
def server(built_site: Path) -> Iterator[str]:
    """The fixture fact sheet's built site, served on 127.0.0.1 for the browser tests."""
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, driven by Playwright (which cannot download a browser here)."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian's chromium is not installed: apt-get install chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder`, by relative path, as a SHA-256: equal means byte-identical."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def search(page, text: str):
    """Search the site as a reader does; return the result links once the first shows."""
    from playwright.sync_api import expect

    page.wait_for_load_state("networkidle")  # the page's scripts have run
    page.locator(".md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.fill(text)  # an input event, as typing sends
    results = page.locator(".md-search-result__item a")
    expect(results.first).to_be_visible(timeout=10_000)
    return results


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The long fuzz run only where `-m` names it (`pytest -m fuzz`): any other selection, `make
    test`'s included, runs the short one and leaves the long one out (deselected, not skipped)."""
    if "fuzz" in (config.getoption("markexpr") or ""):
        return
    long_runs = [item for item in items if item.get_closest_marker("fuzz")]
    if long_runs:
        config.hook.pytest_deselected(items=long_runs)
        items[:] = [item for item in items if item not in long_runs]
