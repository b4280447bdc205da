"""The search index (generator/site/search.py) on the fixture fact sheet, and the browser's search
over it (docs/javascripts/search.js) in Chromium: the same words on both sides, found by name,
alias, quote, loading only the parts of the index a query needs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SHEET, search
from playwright.sync_api import expect

from generator.build.pipeline import Paths, check
from generator.site import phrases
from generator.site import search as index
from generator.site.plan import plan, routes_of


@pytest.fixture(scope="module")
def sheet_and_prose():
    sheet, loaded = check(Paths(SHEET / "data", SHEET / "content"))
    return sheet, loaded.prose


@pytest.fixture(scope="module")
def entries(sheet_and_prose):
    sheet, prose = sheet_and_prose
    return index.entries(sheet, prose, routes_of(plan(sheet, prose)))


def lookup(files: dict[str, str] | Path, word: str) -> list[tuple[list, int]]:
    """The entries the index gives for a whole word, with where it was found (2 name, 1 text), as
    the browser's script reads them."""
    read = (lambda p: json.loads((files / p).read_text())) if isinstance(files, Path) else (
        lambda p: json.loads(files[p]))
    manifest = read("search/index.json")
    path = f"search/words/{word[:manifest['key_length']].encode().hex()}.json"
    if path not in manifest["parts"]:
        return []
    postings = read(path).get(word, [])
    found = []
    for number, weight in zip(postings[::2], postings[1::2], strict=True):
        part = read(f"search/entries/{number // manifest['per_part']}.json")
        found.append((part[number % manifest["per_part"]], weight))
    return found


def test_words_are_folded_as_a_reader_may_type_them():
    assert index.words("Зеленського ПАМʼЯТЬ Élysée don’t naïve 2025-03, Article 5") == [
        "зеленського", "память", "elysee", "dont", "naive", "2025", "03", "article", "5"]


def test_every_published_person_country_topic_source_and_statement_has_an_entry(sheet_and_prose, entries):
    sheet, _ = sheet_and_prose
    urls = {e.url for e in entries}
    assert {"actors/oleh-koval/", "countries/de/", "topics/membership/", "", "about/"} <= urls
    assert {f"actors/{s.speaker.id}/#{s.id}" for s in sheet.statements} <= urls
    assert all(any(e.kind == "source" and e.url.endswith(f"#{s.id}") for e in entries) for s in sheet.sources)
    kinds = [index.KINDS.index(e.kind) for e in entries]
    assert kinds == sorted(kinds), "people first, statements last"


def test_a_cyrillic_alias_finds_the_person_as_a_name(sheet_and_prose, entries):
    files = index.files(entries)
    (person,) = [e for e, weight in lookup(files, "коваль") if e[2] == "Person"]
    assert person[0] == "actors/oleh-koval/" and person[1] == "Oleh Koval"
    assert dict((e[0], w) for e, w in lookup(files, "коваль"))["actors/oleh-koval/"] == index.NAME


def test_a_quotes_words_lead_to_the_statement_on_its_speakers_page_and_nowhere_else(entries):
    files = index.files(entries)
    found = {e[0] for e, _ in lookup(files, "guarantees")}
    assert any(u.startswith("actors/oleh-koval/#") for u in found)
    assert not any(u.startswith(("timeline", "countries", "sources")) for u in found)


def test_a_statement_shows_its_quote_in_quotation_marks_and_says_when(entries):
    files = index.files(entries)
    (statement,) = {tuple(e) for e, _ in lookup(files, "now") if e[0].startswith("actors/oleh-koval/#")}
    assert statement[2].startswith("Statement, ") and statement[3].startswith("“") and "guarantees now" in statement[3]
    assert statement[1].startswith("Oleh Koval")


def test_each_part_is_named_with_its_version_so_no_stale_part_is_read(entries):
    files = index.files(entries)
    manifest = json.loads(files["search/index.json"])
    assert set(manifest["parts"]) == set(files) - {"search/index.json"}
    assert manifest["entries"] == len(entries)
    changed = index.files([*entries[:-1], index.Entry("x/", "Changed", "page", ("Changed",), "")])
    differs = {p for p in files if p != "search/index.json" and files[p] != changed.get(p)}
    assert differs and all(json.loads(changed["search/index.json"])["parts"].get(p) != manifest["parts"][p]
                           for p in differs if p in changed)


def test_text_is_never_markup_in_the_index(entries):
    files = index.files([index.Entry("a/", "<script>alert(1)</script>", "page", ("x",), "<b>bold</b>")])
    (part,) = [json.loads(text) for path, text in files.items() if path.startswith("search/entries/")]
    assert part == [["a/", "<script>alert(1)</script>", "Page", "<b>bold</b>"]]  # text, set by the script as text



@pytest.fixture
def page(browser):
    opened = browser.new_page()
    yield opened
    opened.close()


@pytest.mark.browser
def test_the_browser_folds_words_exactly_as_the_generator_does(browser, server):
    samples = ["Зеленського ПАМʼЯТЬ", "Élysée don’t naïve", "Ukraine's NATO-membership, 2025-03-22", "Їжак й ґанок",
               "Straße İstanbul", "a_b c‐d", "Ⅻ ½ ²", "e\u0301te\u0301"]
    page = browser.new_page()
    page.goto(f"{server}/")
    for text in samples:
        assert page.evaluate("t => window.factsheetSearchWords(t)", text) == index.words(text), text


@pytest.mark.browser
def test_a_page_only_read_loads_no_part_of_the_index_and_a_search_loads_only_what_it_needs(page, server):
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url.removeprefix(server)))
    page.goto(f"{server}/countries/de/")
    page.wait_for_load_state("networkidle")
    assert not [u for u in requested if "/search/" in u]
    results = search(page, "Коваль")
    expect(results.first).to_have_attribute("href", f"{server}/actors/oleh-koval/")
    loaded = sorted(u.split("?")[0] for u in requested if "/search/" in u)
    assert loaded == ["/search/entries/0.json", "/search/index.json", f"/search/words/{'ко'.encode().hex()}.json"]


@pytest.mark.browser
def test_every_word_must_match_and_the_words_found_are_marked_as_text(page, server):
    page.goto(f"{server}/")
    results = search(page, "koval guarantees")
    expect(results).not_to_have_count(0)
    for link in results.all():
        assert "/actors/oleh-koval/" in link.get_attribute("href")
    expect(results.first.locator("mark").first).to_have_text("Koval")
    page.locator("input.md-search__input").fill("zzzqqq")
    expect(page.locator(".md-search-result__meta")).to_have_text("No results")


@pytest.mark.browser
def test_the_keyboard_opens_search_walks_the_results_and_closes_it(page, server):
    page.goto(f"{server}/about/")
    page.wait_for_load_state("networkidle")
    page.keyboard.press("/")
    expect(page.locator("input.md-search__input")).to_be_focused()
    page.keyboard.type("Berg")
    first = page.locator(".md-search-result__item a").first
    expect(first).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(first).to_be_focused()
    page.keyboard.press("Escape")
    assert page.evaluate("document.getElementById('__search').checked") is False
    page.keyboard.press("/")
    page.keyboard.press("Enter")  # the first result
    page.wait_for_url("**/actors/anna-berg/")


@pytest.mark.browser
def test_a_tab_never_lands_on_the_closed_search_results(page, server):
    page.goto(f"{server}/")
    page.wait_for_load_state("networkidle")
    for _ in range(12):
        page.keyboard.press("Tab")
        focused = page.evaluate("() => document.activeElement.className")
        assert "md-search__scrollwrap" not in focused
        if "md-search__input" in focused:
            page.keyboard.press("Escape")  # leave search closed, as a reader tabbing past it


@pytest.mark.browser
def test_a_part_that_failed_to_load_is_asked_for_again_at_the_next_search(page, server):
    failures = [1, 1]  # when search is opened, and for the first word typed

    def once_unreachable(route):
        if failures:
            failures.pop()
            route.abort()
        else:
            route.continue_()

    page.route("**/search/index.json*", once_unreachable)
    page.goto(f"{server}/")
    page.locator(".md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.fill("Berg")
    expect(page.locator(".md-search-result__meta")).to_contain_text("could not load")
    box.fill("Berg ")  # the reader types on
    expect(page.locator('.md-search-result__item a[href*="anna-berg"]').first).to_be_visible()


@pytest.mark.browser
def test_tabbing_past_search_closes_it_and_no_heading_link_is_a_stop(page, server):
    page.goto(f"{server}/")
    page.wait_for_load_state("networkidle")
    reached = []
    for _ in range(30):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("() => document.activeElement.className"))
    assert any("md-search__input" in c for c in reached)
    assert not any("headerlink" in c or "md-search__scrollwrap" in c for c in reached), reached
    assert page.evaluate("document.getElementById('__search').checked") is False


def test_a_statements_result_keeps_its_hedges_says_whose_printing_and_marks_a_paraphrase(sheet_and_prose, entries):
    sheet, _ = sheet_and_prose
    shown = {e[0]: e for part, text in index.files(entries).items() if part.startswith("search/entries/")
             for e in json.loads(text)}
    for statement in sheet.statements:
        _, title, _, said = shown[f"actors/{statement.speaker.id}/#{statement.id}"]
        assert all(f"“{h}”" in title for h in (*statement.hedges, *statement.conditions)), title
        assert said.endswith(f"({phrases.printed(statement)})"), said
        assert said.startswith("“" if statement.quote else "Paraphrase, not a quote: "), said
