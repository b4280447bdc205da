"""The reader's truth: the built site in Debian's Chromium, driven by Playwright, on 127.0.0.1."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from conftest import ROOT, search
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "tests" / "artifacts"
DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 390, "height": 844}



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
    expect(table.locator("thead")).to_contain_text("Membership")
    norway = table.locator("tr", has=page.locator("td > a", has_text="Norway"))
    expect(norway).to_contain_text("Opposes membership")
    expect(norway).to_contain_text("Opposes membership (reported) October 2024")
    states = table.locator("tr", has=page.locator("td > a", has_text="United States"))
    cell = states.locator("td").nth(1)
    expect(cell).to_contain_text("Order not known:")
    expect(cell.locator(".fs-chip")).to_have_text(["Supports membership", "Considers membership not realistic"])
    expect(cell).to_contain_text("Supports membership February 2025")
    expect(cell).to_contain_text("Considers membership not realistic 12 February 2025")
    assert cell.get_by_role("link").all_inner_texts() == ["Order not known:"]  # one link a cell
    cell.get_by_role("link", name="Order not known:").click()  # who stated which: on the country's page
    expect(page).to_have_url(f"{server}/countries/us/#topic-membership")
    expect(page.locator("#topic-membership ~ p").filter(has_text="Latest").first).to_contain_text("Anna Berg")


def test_matrix_cells_are_chips_that_name_their_stance_and_mark_reported_positions(watched, server):
    page, _ = watched
    page.goto(f"{server}/")
    table = page.locator("article table").first
    norway = table.locator("tr", has=page.locator("td > a", has_text="Norway")).locator(".fs-chip")
    expect(norway).to_have_text("Opposes membership")
    expect(norway).to_have_class("fs-chip fs-against-1 fs-reported")
    ukraine = table.locator("tr", has=page.locator("td > a", has_text="Ukraine")).locator(".fs-chip").first
    expect(ukraine).to_have_class("fs-chip fs-for-1")
    assert norway.evaluate("e => getComputedStyle(e).borderStyle") == "dashed"


def test_one_palette_a_stance_has_the_same_colour_as_a_chip_on_the_map_in_its_legend_and_on_the_timeline(
        watched, server):
    """Opposes membership is Germany's own position: the same colour wherever it is drawn."""
    page, _ = watched
    page.goto(f"{server}/")
    chip = page.locator(".fs-summary .fs-chip", has_text="Opposes membership").first
    colour = chip.evaluate("e => getComputedStyle(e).backgroundColor")
    assert colour == "rgb(166, 54, 3)"  # against, strongest: orange, not green or red by position
    page.goto(f"{server}/map/")
    germany = page.locator('a[aria-label^="Germany"] use.fs-map-stance').first
    assert germany.evaluate("e => getComputedStyle(e).fill") == colour
    swatch = page.locator(".fs-map-legend li", has_text="Opposes membership").locator(".fs-swatch")
    assert swatch.evaluate("e => getComputedStyle(e).backgroundColor") == colour
    page.goto(f"{server}/timeline/")
    mark = page.locator(".fs-tl-m.fs-tl-own", has=page.locator(".fs-tl-name", has_text="Opposes membership")).first
    assert mark.evaluate("e => getComputedStyle(e).backgroundColor") == colour


def test_key_dates_read_a_reported_position_as_reported(watched, server):
    page, _ = watched
    page.goto(f"{server}/")
    line = page.locator("article li", has_text="The Courier")
    expect(line).to_contain_text(
        "The Courier reports the position of the United States, Germany and Norway: Opposes membership"
    )


def test_searching_a_name_leads_to_the_persons_page(watched, server):
    page, _ = watched
    page.goto(f"{server}/")
    search(page, "Berg")
    page.locator('.md-search-result__item a[href*="anna-berg"]').first.click()
    expect(page).to_have_url(re.compile(re.escape(f"{server}/actors/anna-berg/") + r"(\?h=.*)?$"))
    expect(page.locator("article h1")).to_contain_text("Anna Berg")
    expect(page.locator("article")).to_contain_text("Secretary of State")


def test_searching_a_cyrillic_alias_finds_the_person(watched, server):
    page, _ = watched
    page.goto(f"{server}/")
    search(page, "Коваль")
    expect(page.locator('.md-search-result__item a[href*="oleh-koval"]').first).to_be_visible()


@pytest.mark.parametrize("typed", ["Олега Коваля", "Ковалем", "Олегові"])
def test_searching_a_ukrainian_name_in_another_case_finds_the_person(watched, server, typed):
    page, _ = watched
    page.goto(f"{server}/")
    search(page, typed)  # the alias is written "Олег Коваль"
    expect(page.locator('.md-search-result__item a[href*="oleh-koval"]').first).to_be_visible()


def test_the_search_cuts_only_a_ukrainian_words_case_ending(watched, server):
    page, _ = watched
    page.goto(f"{server}/")
    cut = page.evaluate("""() => ["зеленського", "німеччини", "членства", "коваля", "україни", "ми", "nato", "berg's"]
        .map((w) => window.factsheetSearchStem(window.factsheetSearchWords(w)[0]))""")
    assert cut == ["зеленськ", "німеччин", "членств", "ковал", "украін", "ми", "nato", "bergs"]


def test_searching_words_of_a_quote_finds_the_statement(watched, server):
    page, _ = watched
    page.goto(f"{server}/")
    search(page, "guarantees now")
    expect(page.locator('.md-search-result__item a[href*="actors/oleh-koval"]').first).to_be_visible()


def test_germany_page_shows_its_own_and_reported_positions_with_who_and_when(watched, server):
    page, _ = watched
    page.goto(f"{server}/countries/de/")
    article = page.locator("article")
    expect(article).to_contain_text("Latest: Opposes membership — Karl Lind, 2025")
    expect(article).to_contain_text("January 2025: Oleh Koval reports the position of Germany: Opposes membership")
    expect(article).to_contain_text("October 2024: The Courier reports the position of the United States, Germany and "
                                    "Norway: Opposes membership")
    line = article.locator("li", has_text="January 2025: Oleh Koval reports the position of Germany")
    line.get_by_role("link", name="January 2025", exact=True).click()  # a line's date leads to the statement
    expect(page).to_have_url(f"{server}/actors/oleh-koval/#koval-reports-germany")  # its permanent address
    expect(page.locator("#koval-reports-germany")).to_contain_text(
        "Reported position of Germany: as reported by Oleh Koval"
    )


def test_a_statement_marks_paraphrase_quote_wording_and_hedges(watched, server):
    page, _ = watched
    page.goto(f"{server}/actors/oleh-koval/")
    quote = page.locator("#koval-guarantees-now")
    expect(quote.locator("blockquote")).to_have_text("“We want guarantees now.”")
    expect(quote.locator(".fs-wording")).to_contain_text(
        "in its translation. Original words: “Ми хочемо гарантій зараз.”"
    )
    expect(page.locator("#koval-accession .fs-label").first).to_have_text("Paraphrase, close to the source's wording")
    expect(page.locator("#koval-accession")).to_contain_text("The source's words “Koval previously said")
    page.goto(f"{server}/actors/anna-berg/")
    expect(page.locator("#berg-supports-in-february .fs-label").first).to_have_text("Paraphrase, not a quote")
    page.goto(f"{server}/actors/sam-reed/")
    expect(page.locator("#reed-ukraine-accepted")).to_contain_text("Hedged by the speaker: “I think”, “largely”")
    page.goto(f"{server}/timeline/")
    expect(page.locator("h2", has_text="On or before 22 March 2025")).to_be_visible()
    line = page.locator("li", has_text="Sam Reed reports the position of Ukraine")
    expect(line).to_contain_text("Accepts that Ukraine will not join (hedged: “I think”, “largely”)")
    line.get_by_role("link", name="On or before 22 March 2025").click()
    expect(page).to_have_url(f"{server}/actors/sam-reed/#reed-ukraine-accepted")


def test_a_statement_can_be_cited_and_its_link_copied(browser, server):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{server}/actors/anna-berg/")
    statement = page.locator("#berg-not-realistic")
    expect(statement.locator(".fs-address")).to_have_text(f"{server}/actors/anna-berg/#berg-not-realistic")
    expect(statement.locator(".fs-accessed")).not_to_have_text("(the date you read it)")
    statement.get_by_role("button", name="Copy link").click()
    expect(statement.get_by_role("button", name="Link copied")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == f"{server}/actors/anna-berg/#berg-not-realistic"
    context.close()


def test_on_a_phone_the_table_is_a_card_per_country_each_cell_naming_its_topic_and_nothing_scrolls_sideways(
        browser, server):
    page = browser.new_page(viewport=PHONE)
    page.goto(f"{server}/")
    table = page.locator("article table").first
    norway = table.locator("tr", has=page.locator("td > a", has_text="Norway"))
    cell = norway.locator("td[data-topic]").first
    assert cell.evaluate("td => getComputedStyle(td, '::before').content") == '"Membership"'
    assert norway.evaluate("tr => getComputedStyle(tr).display") == "block"
    sideways = page.evaluate("""() => [...document.querySelectorAll("article *")]
        .filter(e => e.scrollWidth > e.clientWidth + 1 && ["auto", "scroll"].includes(getComputedStyle(e).overflowX))
        .map(e => e.tagName + "." + e.className)""")
    assert sideways == []
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    page.close()


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 800}, PHONE], ids=["desktop", "phone"])
def test_the_first_screen_of_home_shows_a_stance_and_a_country(browser, server, viewport):
    page = browser.new_page(viewport=viewport)
    page.goto(f"{server}/")
    summary = page.locator(".fs-summary").first
    chip, country = summary.locator(".fs-chip").first, summary.locator("li a").first
    for shown in (chip, country):
        box = shown.bounding_box()
        assert box is not None and box["y"] + box["height"] <= viewport["height"], box
    expect(chip).to_have_text(re.compile(r"\w"))
    page.close()


def test_the_keyboard_reaches_the_answer_in_a_handful_of_stops(browser, server):
    """The first stop is the skip link; from it, the answer comes right after the links of the
    introduction (the prose's own): no heading link or hidden control takes a stop."""
    page = browser.new_page(viewport=DESKTOP)
    page.goto(f"{server}/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to content"
    page.keyboard.press("Enter")
    first = page.locator(".fs-summary li a").first.text_content()
    stops = 0
    while stops < 20 and not page.evaluate("document.activeElement.closest('.fs-summary') !== null"):
        page.keyboard.press("Tab")
        stops += 1
    assert page.evaluate("document.activeElement.textContent") == first
    before = page.evaluate("""() => { const first = document.querySelector(".fs-summary li a");
        return [...document.querySelectorAll("article a[href]")].filter(a => a.tabIndex >= 0
            && (a.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)).length; }""")
    assert stops == before + 1 and stops <= 10, (stops, before)
    page.close()


def test_a_country_page_prints_on_a4_with_its_sources_and_no_navigation(browser, server):
    page = browser.new_page()
    page.goto(f"{server}/countries/us/")
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary"):
        expect(page.locator(chrome)).to_be_hidden()
    expect(page.locator("#sources")).to_be_visible()
    expect(page.locator("article")).to_contain_text("https://example.org/gazette/envoys")
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and b"/MediaBox [0 0 595" in pdf  # A4: 595 × 842 points
    page.close()


def test_keyboard_alone_reaches_search_navigation_and_the_matrix_with_the_focus_visible(browser, server):
    page = browser.new_page(viewport=DESKTOP)
    page.goto(f"{server}/")
    reached = []
    for _ in range(80):
        page.keyboard.press("Tab")
        reached.append(
            page.evaluate("""() => { const e = document.activeElement; const s = getComputedStyle(e);
            return [e.className, e.textContent.trim().slice(0, 40),
                    s.outlineStyle !== "none" || s.boxShadow !== "none"]; }""")
        )
    texts = [text for _, text, _ in reached]
    assert any("md-search__input" in cls for cls, _, _ in reached), "search not reached"
    assert "Countries" in texts and "Norway" in texts, "navigation or the matrix not reached"
    assert all(visible for cls, text, visible in reached if text == "Norway")
    page.close()


def test_every_country_on_the_map_is_a_named_link_that_the_keyboard_reaches(browser, server):
    page = browser.new_page(viewport=DESKTOP)
    page.goto(f"{server}/map/")
    names = page.locator(".fs-map svg a").evaluate_all("links => links.map(a => a.getAttribute('aria-label'))")
    assert len(names) == 4 and "Norway: Opposes membership, as others report it: The Courier, October 2024" in names
    reached = {}
    for _ in range(60):
        page.keyboard.press("Tab")
        name, outlined = page.evaluate("""() => { const e = document.activeElement;
            return [e.closest('.fs-map') ? e.getAttribute('aria-label') : null,
                    getComputedStyle(e).outlineStyle !== 'none']; }""")
        if name:
            reached[name] = outlined
    assert sorted(reached) == sorted(names) and all(reached.values())
    norway = page.get_by_role("link", name="Norway: Opposes membership, as others report it: The Courier, October 2024")
    expect(norway).to_be_visible()
    norway.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{server}/countries/no/")
    page.close()


def test_focusing_or_tapping_a_country_on_the_map_shows_its_position_without_leaving_the_page(browser, server):
    said = "Norway: Opposes membership, as others report it: The Courier, October 2024"
    page = browser.new_page(viewport=DESKTOP)
    page.goto(f"{server}/map/")
    country = f'svg a[aria-label="{said}"]'
    norway = page.locator(country).first
    panel = page.locator(".fs-map", has=page.locator(country)).first.locator(".fs-map-focus")
    expect(panel).to_have_count(1)
    expect(panel).to_be_hidden()
    norway.focus()
    expect(panel).to_have_text(f"{said}. Open the page of Norway")
    page.close()
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(f"{server}/map/")
    norway = page.locator(country).first
    norway.tap()
    expect(page.locator(".fs-map", has=page.locator(country)).first.locator(".fs-map-focus")).to_contain_text(said)
    assert page.url == f"{server}/map/"  # the first tap shows; it does not leave
    norway.tap()
    expect(page).to_have_url(f"{server}/countries/no/")
    context.close()


def test_a_timeline_mark_names_its_statement_on_focus_and_leads_to_it(browser, server):
    page = browser.new_page(viewport=PHONE)
    page.goto(f"{server}/timeline/")
    marks = page.locator(".fs-tl-m")
    assert marks.count() == page.locator(".fs-lines li").count()
    mark = page.get_by_role("link", name="The Courier reports the position of the United States, Germany and Norway")
    name = mark.locator(".fs-tl-name")
    assert name.bounding_box()["width"] <= 1, "the name shows before focus"
    for each in marks.all():  # every mark's name, early or late on the axis, stays on the page
        each.focus()
        box = each.locator(".fs-tl-name").bounding_box()
        assert box["width"] > 100 and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    mark.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/actors/the-courier/#courier-"))
    expect(page.locator(".fs-statement:target")).to_be_visible()
    page.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE])
def test_each_timeline_mark_shows_its_number_in_the_list_and_its_speaker_where_there_is_room(browser, server, viewport):
    page = browser.new_page(viewport=viewport)
    page.goto(f"{server}/timeline/")
    items = page.locator("ol.fs-lines > li")
    marks = page.locator(".fs-tl-m")
    assert marks.count() == items.count() > 0
    speakers = page.locator(".fs-tl-who")
    assert speakers.count() > 0, "no speaker's name shows in the picture"
    track = page.locator(".fs-tl-track").first.bounding_box()
    for mark in marks.all():
        label = mark.locator(".fs-tl-label")
        expect(label).to_be_visible()
        number = int(label.inner_text().split()[0])
        item = page.locator(f"ol.fs-lines > li >> nth={number - 1}")
        assert item.locator("a").first.get_attribute("href") == mark.get_attribute("href")  # the same statement
        who = mark.locator(".fs-tl-who")
        if who.count():
            assert who.inner_text() in item.inner_text()
            box = who.bounding_box()
            assert box["x"] + box["width"] <= track["x"] + track["width"] + 1, "a name runs off the axis"
    page.close()


def _shown_countries(page) -> list[str]:
    return [row.locator("td").first.inner_text() for row in page.locator(".fs-glance tbody tr:visible").all()]


def test_without_its_script_the_table_on_a_phone_stays_a_whole_table(browser, server):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/")
    table = page.locator("article table").first
    assert table.locator("tr").first.evaluate("tr => getComputedStyle(tr).display") == "table-row"  # not cards
    assert page.locator(".fs-glance td[data-topic]").count() == 0 and page.locator(".fs-cards").count() == 0
    assert table.locator("th").first.is_visible()
    context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE])
def test_the_table_filters_by_topic_and_stance_with_counts_and_sorts(watched, server, viewport):
    page, _ = watched
    page.set_viewport_size(viewport)
    page.goto(f"{server}/")
    tools = page.get_by_role("group", name="Sort and filter the table")
    count = tools.locator("p")
    everyone = _shown_countries(page)
    expect(count).to_have_text(f"Showing {len(everyone)} of {len(everyone)} countries.")
    tools.get_by_label("Show").select_option(label="Membership")
    expect(page.locator(".fs-glance th", has_text="Guarantees without membership")).to_be_hidden()
    expect(page.locator('.fs-glance td[data-topic="Guarantees without membership"]').first).to_be_hidden()
    stance = tools.get_by_label("with the stance")
    options = stance.locator("option").all_inner_texts()
    assert options == ["any stance", "Supports membership (2)", "Considers membership not realistic (1)",
                       "Opposes membership (2)"]  # for first, against last; each with its count
    stance.select_option(label="Opposes membership (2)")
    expect(count).to_have_text(f"Showing 2 of {len(everyone)} countries.")
    assert sorted(_shown_countries(page)) == ["Germany", "Norway"]  # own, and reported
    stance.select_option(label="any stance")
    order = tools.get_by_label("Order by")
    order.select_option(label="stance on Membership, against first")
    assert _shown_countries(page) == ["Germany", "Norway", "United States", "Ukraine"]
    expect(page.locator(".fs-glance th", has_text="Membership").first).to_have_attribute("aria-sort", "descending")
    order.select_option(label="country, A–Z")
    assert _shown_countries(page) == sorted(everyone)
    order.select_option(label="the fact sheet's order")
    assert _shown_countries(page) == everyone
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, "the tools scroll sideways"


def test_the_table_reads_the_same_without_javascript(browser, server):
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/")
    assert page.locator(".fs-glance-tools").count() == 0
    assert _shown_countries(page) == ["Germany", "Norway", "Ukraine", "United States"]
    expect(page.locator(".fs-glance thead")).to_contain_text("Guarantees without membership")
    context.close()


def test_dark_scheme_toggle(watched, server):
    page, _ = watched
    page.goto(f"{server}/")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")


@pytest.mark.parametrize("name, viewport", [("desktop", DESKTOP), ("phone", PHONE)])
@pytest.mark.parametrize("path", ["", "countries/us/", "actors/sam-reed/", "topics/membership/", "map/", "timeline/"])
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
