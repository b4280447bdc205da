"""The planned and rendered pages of the fixture fact sheet: what every list says of a statement.

A reported statement must never read as the speaker's own stance: wherever it is listed, the
line names the reporter and says "report", and names the country unless the page is the
country's own.
"""

from __future__ import annotations

import re

import pytest

from conftest import SHEET
from generator.pages import plan
from generator.render import render
from generator.build import Paths, check

SHEET_MODEL, LOADED = check(Paths(SHEET / "data", SHEET / "content"))
PAGES = render(plan(SHEET_MODEL, LOADED.prose))
REPORTED = [s for s in SHEET_MODEL.statements if s.voice == "reported"]


def list_lines(page: str) -> list[str]:
    """List items and table rows: the places a statement is named in one line."""
    return [line for line in PAGES[page].splitlines() if line.startswith(("- ", "| "))]


@pytest.mark.parametrize("statement", REPORTED, ids=lambda s: s.id)
def test_every_list_line_of_a_reported_statement_names_reporter_and_country(statement):
    seen = 0
    for path in PAGES:
        for line in list_lines(path):
            if f"#{statement.id})" not in line:
                continue
            seen += 1
            assert statement.speaker.name in line and "report" in line, (path, line)
            countries = [c for c in statement.position_of if f"]({c.id}.md)" in line or f"/{c.id}.md)" in line]
            on_own_page = any(path == f"countries/{c.id}.md" for c in statement.position_of)
            assert countries or on_own_page, (path, line)
            assert not re.search(re.escape(f"[{statement.speaker.name}](") + r"[^)]*\): \*\*", line), (path, line)
    assert seen >= 2


def test_the_matrix_says_order_not_known_and_shows_each_candidate():
    (row,) = [line for line in list_lines("index.md") if line.startswith("| [United States]")]
    assert "*Order not known:*" in row
    assert "[February 2025](timeline.md#berg-supports-in-february)" in row
    assert "[12 February 2025](timeline.md#berg-not-realistic)" in row


def test_the_country_and_topic_pages_say_order_not_known():
    assert "**Latest:** *Order not known:*" in PAGES["countries/us.md"]
    topic = PAGES["topics/membership.md"]
    unknown = topic.split("### Order not known")[1].split("## Statements")[0]
    assert "[United States]" in unknown and "berg-supports-in-february" in unknown and "berg-not-realistic" in unknown


def test_a_statement_says_whose_wording_a_quote_is():
    timeline = PAGES["timeline.md"]
    translated = timeline.split('id="koval-guarantees-now"')[1].split('class="fs-statement"')[0]
    assert "in its translation. Original words: “Ми хочемо гарантій зараз\\.”" in translated
    as_printed = timeline.split('id="berg-not-realistic"')[1].split('class="fs-statement"')[0]
    assert "which does not say whether these are the speaker's exact words or a translation" in as_printed


def test_a_paraphrase_shows_the_passage_it_rests_on_and_hedges_stay_visible():
    timeline = PAGES["timeline.md"]
    koval = timeline.split('id="koval-reports-germany"')[1].split('class="fs-statement"')[0]
    assert "Paraphrase, close to the source's wording" in koval
    assert "The source's words</span> “In January, Koval said that Germany was against Ukraine joining\\.”" in koval
    reed = timeline.split('id="reed-ukraine-accepted"')[1].split('class="fs-statement"')[0]
    assert "**Hedged by the speaker:** “I think”, “largely”" in reed
    assert "**Reported position of** [Ukraine]" in reed
    view = timeline.split('id="reed-guarantees-open"')[1].split('class="fs-statement"')[0]
    assert "it states no country's position" in view


def test_pages_with_nothing_on_them_are_not_published_and_not_linked():
    assert "actors/ivan-nobody.md" not in PAGES and "countries/ru.md" not in PAGES
    assert not any("ivan-nobody.md" in text or "countries/ru.md" in text or "(ru.md)" in text for text in PAGES.values())
    assert "Also recorded, with no statement yet: Russia: Not a NATO member" in PAGES["countries/index.md"]


def test_nato_status_is_shown_with_its_source_and_names_read_in_sentences():
    us = PAGES["countries/us.md"]
    assert "**NATO:** NATO member since 1949 (source: [Reference by The Alliance (title not recorded)]" in us
    assert "## Statements by people of the United States" in us
    assert "**NATO:** NATO membership not recorded in the sources" in PAGES["countries/no.md"]


def test_counts_agree_in_number():
    assert "Press conference, 12 February 2025 (1 statement)" in PAGES["sources.md"]
    assert "2 statements cite it:" in PAGES["sources.md"] and "(2 statements)" in PAGES["topics/index.md"]
