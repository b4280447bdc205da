"""The reader's truth: the built site in Debian's Chromium, driven by Playwright, on 127.0.0.1."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from conftest import ROOT, search, serve

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "tests" / "artifacts"
DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 390, "height": 844}


@pytest.fixture(scope="session")
def server(built_site: Path):
    with serve(built_site) as url:
        yield url


@pytest.fixture
def watched(browser):
    """A page that records console errors, page errors and every request's host."""
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    seen = {"errors": [], "hosts": set()}
    page.on("console", lambda m: m.type == "error" and seen["errors"].append(m.text))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["hosts"].add(urlparse(r.url).hostname))
    yield page, seen
    context.close()
    assert seen["errors"] == []
    assert seen["hosts"] <= {"127.0.0.1"}




def test_home_matrix_renders(watched, server):
    page, _ = watched
    page.goto(f"{server}/")
    table = page.locator("article table").first
    expect(table.locator("thead")).to_contain_text("Ukraine's membership in NATO")
    germany = table.locator("tr", has=page.locator("a", has_text="Germany"))
    expect(germany).to_contain_text("Opposes membership")
    expect(germany).to_contain_text("reported by Volodymyr Zelensky, January 2025")
    ukraine = table.locator("tr", has=page.locator("td > a", has_text="Ukraine"))
    expect(ukraine.locator("td").nth(1)).to_contain_text("Supports membership")


def test_searching_meloni_leads_to_her_page(watched, server):
    page, _ = watched
    page.goto(f"{server}/")
    search(page, "Meloni")
    page.locator('.md-search-result__item a[href*="giorgia-meloni"]').first.click()
    expect(page).to_have_url(re.compile(re.escape(f"{server}/actors/giorgia-meloni/") + r"(\?h=.*)?$"))
    expect(page.locator("article h1")).to_contain_text("Giorgia Meloni")
    expect(page.locator("article")).to_contain_text("Italian Prime Minister")


def test_searching_a_cyrillic_alias_finds_the_person(watched, server):
    page, _ = watched
    page.goto(f"{server}/")
    search(page, "Зеленський")
    expect(page.locator('.md-search-result__item a[href*="volodymyr-zelensky"]').first).to_be_visible()


def test_germany_page_shows_who_reported_its_position_and_when(watched, server):
    page, _ = watched
    page.goto(f"{server}/countries/de/")
    positions = page.locator("article")
    expect(positions).to_contain_text("Its own stated position: none recorded.")
    expect(positions).to_contain_text("Opposes membership: reported by Volodymyr Zelensky, January 2025.")
    expect(positions).to_contain_text("Opposes membership: reported by Politico, October 2024.")
    page.locator("article").get_by_role("link", name="statement", exact=True).first.click()
    expect(page).to_have_url(f"{server}/timeline/#zelensky-four-countries-against")
    expect(page.locator("#zelensky-four-countries-against")).to_contain_text("Reported position of")


def test_a_statement_marks_paraphrase_and_quote(watched, server):
    page, _ = watched
    page.goto(f"{server}/actors/donald-trump/")
    statement = page.locator("#trump-membership-not-practical")
    expect(statement.locator("blockquote")).to_have_text("“I agree with that. I donʼt think itʼs practical”")
    page.goto(f"{server}/actors/pete-hegseth/")
    expect(page.locator("#hegseth-membership-not-realistic .fs-label")).to_have_text("Paraphrase, not a quote")


def test_dark_scheme_toggle(watched, server):
    page, _ = watched
    page.goto(f"{server}/")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")


@pytest.mark.parametrize("name, viewport", [("desktop", DESKTOP), ("phone", PHONE)])
@pytest.mark.parametrize("path", ["", "countries/de/", "actors/stephen-witkoff/", "topics/nato-membership/"])
def test_screenshots(browser, server, name, viewport, path):
    """Pages at desktop and phone width, saved to tests/artifacts/ to be looked at."""
    page = browser.new_page(viewport=viewport)
    page.goto(f"{server}/{path}")
    expect(page.locator("article h1")).to_be_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, "the page scrolls sideways"
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / f"{(path.strip('/').replace('/', '-') or 'home')}-{name}.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 10_000
    page.close()
