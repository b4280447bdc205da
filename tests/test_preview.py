"""The editor's preview (`make serve`, i.e. `mkdocs serve --dirty`) on a fact sheet of 100
people and 1,000 statements, in Chromium: an edited quote shows in the open page by itself
(MkDocs' live reload), and search still finds it and everything else. How long it took is
written to tests/artifacts/preview.txt (speed is judged by `make bench`, not by a test)."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, copy_project
from playwright.sync_api import expect
from test_site import fetch, mkdocs_serve, wait_for

sys.path.insert(0, str(ROOT / "benchmarks"))
from synthetic import write

pytestmark = pytest.mark.browser


@pytest.fixture
def hundred(tmp_path):
    """A project with a synthetic fact sheet of 100 people (benchmarks/synthetic.py)."""
    project = copy_project(tmp_path / "project")
    shutil.rmtree(project / "data")  # the fixture's data, its sources' stored texts too
    write(project / "data", 100)
    return project


def test_an_edited_quote_shows_in_the_open_page_and_search_finds_it(browser, hundred):
    with mkdocs_serve(hundred) as url:
        wait_for(lambda: "Person Number 7" in fetch(f"{url}/actors/person-7/"), seconds=120)
        page = browser.new_page()
        page.goto(f"{url}/actors/person-7/")
        batch = hundred / "data" / "statements" / "batch-000.yaml"
        text = batch.read_text()
        first = text.index("  quote: ", text.index("speaker: person-7"))
        start = time.monotonic()
        batch.write_text(text[:first] + "  quote: Quagmirewords " + text[first + len("  quote: "):])
        expect(page.locator("article")).to_contain_text("Quagmirewords", timeout=60_000)
        shown = time.monotonic() - start
        (ROOT / "tests" / "artifacts").mkdir(exist_ok=True)
        (ROOT / "tests" / "artifacts" / "preview.txt").write_text(f"edited quote shown after {shown:.2f} s (N = 100)\n")
        print(f"edited quote shown after {shown:.2f} s")
        page.close()
        settled(hundred / "serve.log")  # the build after the generator's own writes reloads pages once more
        page = browser.new_page()
        page.set_default_timeout(20_000)
        page.goto(f"{url}/actors/person-7/")
        assert searched(page, "Quagmirewords").filter(has_text="Person Number 7").count() >= 1
        assert searched(page, "Person Number 93").count() >= 1  # a page not rebuilt is still found
        page.close()


def settled(log: Path) -> None:
    """Until `mkdocs serve` has finished every build it began and its log has stood still a second."""
    seen = None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        text = log.read_text()
        if text == seen and text.count("Building documentation") == text.count("Documentation built"):
            return
        seen = text
        time.sleep(1)
    raise AssertionError("mkdocs serve kept building")


def searched(page, text: str):
    """Search as a reader does (live reload's open request means the network is never idle)."""
    page.locator(".md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.fill(text)
    box.press("End")
    results = page.locator(".md-search-result__item a")
    expect(results.first).to_be_visible(timeout=20_000)
    return results
