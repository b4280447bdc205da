"""The shipped data against its one source, the article of 2025-03-22: nothing invented."""

import re

import pytest

from conftest import ROOT
from generator.validate import validate

ARTICLE = " ".join((ROOT / "tests" / "fixtures" / "article-2025-03-22.txt").read_text(encoding="utf-8").split())
SHEET = validate(ROOT / "data")


@pytest.mark.parametrize("statement", [s for s in SHEET.statements if s.quote], ids=lambda s: s.id)
def test_every_quote_is_printed_verbatim_in_the_article(statement):
    assert statement.quote in ARTICLE


@pytest.mark.parametrize("statement", SHEET.statements, ids=lambda s: s.id)
def test_words_in_quotation_marks_in_a_summary_are_the_articles(statement):
    for fragment in re.findall(r'"([^"]+)"', statement.summary):
        assert f'"{fragment}"' in ARTICLE or fragment in ARTICLE


def test_the_source_records_only_what_the_article_gives():
    (source,) = SHEET.sources
    assert (source.id, source.kind, source.date.text) == ("article-2025-03-22", "article", "2025-03-22")
    assert (source.title, source.publisher, source.url, source.archive_url, source.accessed) == ("", "", "", "", None)


def test_dates_are_at_the_precision_the_article_gives():
    dates = {s.id: s.date.text for s in SHEET.statements}
    assert dates["zelensky-four-countries-against"] == "2025-01"  # "In January"
    assert dates["politico-seven-countries-against"] == "2024-10"  # "in October 2024"
    assert dates["hegseth-membership-not-realistic"] == "2025-02-12"  # "On February 12"
    assert dates["trump-membership-not-practical"] == "2025-02-12"  # "the same day"
    assert dates["meloni-article-5-without-membership"] == "2025-03"  # "In March"
    assert dates["zelensky-accession-proof-of-determination"] == "../2025-03-22"  # "previously"


def test_second_hand_positions_are_reported_never_the_speakers_own():
    reported = {s.id: sorted(c.id for c in s.reported) for s in SHEET.statements if s.reported}
    assert reported == {
        "politico-seven-countries-against": ["be", "de", "es", "hu", "si", "sk", "us"],
        "zelensky-four-countries-against": ["de", "hu", "sk", "us"],
        "witkoff-zelensky-yermak-accepted-non-membership": ["ua"],
    }


def test_no_country_is_given_a_membership_date_the_article_does_not_state():
    assert all(c.nato_member_since is None for c in SHEET.countries)
    assert [c.id for c in SHEET.countries if c.nato_member is not None] == ["ua"]
