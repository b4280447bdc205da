"""The spec's EDTF subset: parsing, words, and the sort order."""

import pytest

from generator.data import dates


@pytest.mark.parametrize("text, words, precision", [
    ("2025", "2025", "year"),
    ("2025-03", "March 2025", "month"),
    ("2025-02-12", "12 February 2025", "day"),
    ("../2025-03-22", "on or before 22 March 2025", "day"),
    ("../2025-03", "on or before March 2025", "month"),
])
def test_words(text, words, precision):
    date = dates.parse(text)
    assert (date.words, date.precision, date.text) == (words, precision, text)


@pytest.mark.parametrize(
    "text, message",
    [
        ("2025-02-29", "`2025-02-29` is not a date that exists"),
        ("2025-00", "`2025-00` is not a date that exists"),
        ("25-03-01", "`25-03-01` is not a date such as 2025, 2025-03, 2025-02-12 or ../2025-03-22"),
        (
            "2025-03-01/2025-04-01",
            "`2025-03-01/2025-04-01` is not a date such as 2025, 2025-03, 2025-02-12 or ../2025-03-22",
        ),
        ("March 2025", "`March 2025` is not a date such as 2025, 2025-03, 2025-02-12 or ../2025-03-22"),
    ],
)
def test_not_dates(text, message):
    assert dates.parse(text) == message


def test_less_precise_dates_sort_after_the_precise_ones_they_contain():
    texts = ["2025", "2025-03", "../2025-03-22", "2025-03-22", "2025-03-01", "2024-12", "2026-01-01"]
    ordered = sorted((dates.parse(t) for t in texts), key=lambda d: d.sort_key)
    assert [d.text for d in ordered] == [
        "2024-12", "2025-03-01", "2025-03-22", "../2025-03-22", "2025-03", "2025", "2026-01-01",
    ]


def test_timeline_headings_and_anchors():
    assert (dates.parse("2025-03-22").period, dates.parse("2025-03-22").period_id) == ("March 2025", "2025-03")
    assert (dates.parse("2025").period, dates.parse("2025").period_id) == ("2025, month not known", "2025")


@pytest.mark.parametrize("a, b, after", [
    ("2025-03-01", "2025-02", True),
    ("2025-03", "2025-02-28", True),
    ("2025-03-10", "2025-03", False),  # inside the month: no known order
    ("2025-03", "2025-03-10", False),
    ("../2025-03-22", "2025-02-12", False),  # "on or before" has no earliest day
    ("2025-02-12", "../2025-03-22", False),
    ("2025-03-23", "../2025-03-22", True),
    ("2026", "2025-12-31", True),
])
def test_a_date_is_after_another_only_when_their_ranges_do_not_overlap(a, b, after):
    assert dates.parse(a).is_after(dates.parse(b)) is after


def test_on_or_before_reads_as_such_and_has_a_heading_of_its_own():
    date = dates.parse("../2025-03-22")
    assert (date.words, date.period, date.period_id) == (
        "on or before 22 March 2025", "On or before 22 March 2025", "before-2025-03-22")
    assert (dates.parse("2025").period, dates.parse("2025-03-05").period) == ("2025, month not known", "March 2025")
