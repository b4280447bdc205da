"""The shipped fact sheet against its sources: nothing invented, nothing overstated.

These tests are about data/ and content/, not the code: they are marked `data`, and
`pytest -m "not data"` leaves them out when data/ holds another fact sheet."""

import re

import pytest

from conftest import ROOT, copy_project, run
from generator import quotes
from generator.build import read_sheet as validate

pytestmark = pytest.mark.data

ARTICLE = quotes.normalise((ROOT / "tests" / "fixtures" / "article-2025-03-22.txt").read_text(encoding="utf-8"))
SHEET = validate(ROOT / "data")
FROM_ARTICLE = [s for s in SHEET.statements if s.source.id == "article-2025-03-22"]


def in_article(text: str) -> bool:
    return quotes.verify_text(text, ARTICLE)


@pytest.mark.parametrize("statement", FROM_ARTICLE, ids=lambda s: s.id)
def test_every_quote_and_excerpt_is_printed_in_the_article(statement):
    for text in filter(None, (statement.quote, statement.excerpt)):
        assert in_article(text), text


@pytest.mark.parametrize("statement", FROM_ARTICLE, ids=lambda s: s.id)
def test_words_in_quotation_marks_in_a_summary_are_the_articles(statement):
    for fragment in re.findall(r'"([^"]+)"', statement.summary):
        assert in_article(fragment), fragment


def test_no_sentence_of_the_article_is_given_twice():
    excerpts = [quotes.normalise(s.excerpt) for s in SHEET.statements if s.excerpt]
    assert len(excerpts) == len(set(excerpts))


def test_the_article_is_recorded_with_only_what_it_gives():
    source = next(s for s in SHEET.sources if s.id == "article-2025-03-22")
    assert (source.kind, source.date.text, source.language) == ("article", "2025-03-22", "en")
    assert (source.title, source.publisher, source.url, source.archive_url, source.accessed) == ("", "", "", "", None)


def test_nato_membership_comes_from_natos_own_list():
    nato = next(s for s in SHEET.sources if s.id == "nato-member-countries")
    assert (nato.url, nato.publisher, nato.title, nato.date) == (
        "https://www.nato.int/cps/en/natohq/topics_52044.htm", "NATO", "", None)
    years = {c.id: c.nato_member_since.text if c.nato_member_since else c.nato_member for c in SHEET.countries}
    assert years == {"be": "1949", "it": "1949", "us": "1949", "de": "1955", "es": "1982", "hu": "1999",
                     "sk": "2004", "si": "2004", "ua": False, "ru": False}
    assert all(c.nato_source is nato for c in SHEET.countries)


def test_dates_are_at_the_precision_the_article_gives():
    dates = {s.id: s.date.text for s in SHEET.statements}
    assert dates["zelensky-four-countries-against"] == "2025-01"  # "In January"
    assert dates["politico-seven-countries-against"] == "2024-10"  # "in October 2024"
    assert dates["hegseth-membership-not-realistic"] == "2025-02-12"  # "On February 12"
    assert dates["trump-membership-not-practical"] == "2025-02-12"  # "the same day"
    assert dates["meloni-article-5-without-membership"] == "2025-03"  # "In March"
    assert dates["zelensky-accession-proof-of-determination"] == "../2025-03-22"  # "previously"
    assert dates["witkoff-peace-agreement-without-membership"] == "../2025-03-22"  # the interview is not dated


def test_second_hand_positions_are_reported_never_the_speakers_own():
    reported = {s.id: sorted(c.id for c in s.reported) for s in SHEET.statements if s.reported}
    assert reported == {
        "politico-seven-countries-against": ["de", "hu", "sk", "us"],
        "politico-belgium-slovenia-spain-do-not-support": ["be", "es", "si"],
        "zelensky-four-countries-against": ["de", "hu", "sk", "us"],
        "witkoff-zelensky-yermak-accepted-non-membership": ["ua"],
    }


def test_witkoffs_remarks_are_his_view_or_a_report_never_the_united_states_own_position():
    witkoff = [s for s in SHEET.statements if s.speaker.id == "stephen-witkoff"]
    assert {s.voice for s in witkoff} == {"view", "reported"}
    assert all(s.hedges for s in witkoff)


def test_do_not_support_is_not_shown_as_opposes():
    statement = next(s for s in SHEET.statements if s.id == "politico-belgium-slovenia-spain-do-not-support")
    assert statement.stance.id == "does-not-support" and "do not support" in statement.excerpt


def test_the_shipped_fact_sheet_builds_as_a_strict_site(tmp_path):
    project = copy_project(tmp_path, sheet=ROOT)
    result = run("mkdocs", "build", "--strict", "--site-dir", "site", cwd=project, env={"FACTSHEET_HOOK": ""})
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
