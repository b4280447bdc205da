"""The spec's EDTF subset: parsing, words, and the sort order."""

import pytest

from generator import dates


@pytest.mark.parametrize("text, words, precision", [
    ("2025", "2025", "year"),
    ("2025-03", "March 2025", "month"),
    ("2025-02-12", "12 February 2025", "day"),
    ("../2025-03-22", "before 22 March 2025", "day"),
    ("../2025-03", "before March 2025", "month"),
])
def test_words(text, words, precision):
    date = dates.parse(text)
    assert (date.words, date.precision, date.text) == (words, precision, text)


@pytest.mark.parametrize("text, message", [
    ("2025-02-29", "`2025-02-29` is not a date that exists"),
    ("2025-00", "`2025-00` is not a date that exists"),
    ("25-03-01", "`25-03-01` is not a date such as 2025, 2025-03, 2025-02-12 or ../2025-03-22"),
    ("2025-03-01/2025-04-01", "`2025-03-01/2025-04-01` is not a date such as 2025, 2025-03, 2025-02-12 or ../2025-03-22"),
    ("March 2025", "`March 2025` is not a date such as 2025, 2025-03, 2025-02-12 or ../2025-03-22"),
])
def test_not_dates(text, message):
    assert dates.parse(text) == message


def test_less_precise_dates_sort_after_the_precise_ones_they_contain():
    texts = ["2025", "2025-03", "../2025-03-22", "2025-03-22", "2025-03-01", "2024-12", "2026-01-01"]
    ordered = sorted((dates.parse(t) for t in texts), key=lambda d: d.sort_key)
    assert [d.text for d in ordered] == [
        "2024-12", "2025-03-01", "2025-03-22", "../2025-03-22", "2025-03", "2025", "2026-01-01",
    ]


def test_month_headings_and_anchors():
    assert (dates.parse("2025-03-22").month_heading, dates.parse("2025-03-22").month_id) == ("March 2025", "2025-03")
    assert (dates.parse("2025").month_heading, dates.parse("2025").month_id) == ("2025, month not known", "2025")
