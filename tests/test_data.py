"""The shipped fact sheet against its sources: nothing invented, nothing overstated.

These tests are about data/ and content/, not the code: they are marked `data`. Each checks a
rule that holds for any valid fact sheet (a quote is in its own source's stored text; a NATO
year agrees with the reference it cites), never today's values, so that an editor's valid
change never turns CI red. A source without a stored text is listed as not checked (a notice
that `check` prints too), not failed."""

import re
import warnings

import pytest
from conftest import ROOT, copy_project, run

from generator.build.pipeline import read_sheet
from generator.data import quotes

pytestmark = pytest.mark.data

SHEET = read_sheet(ROOT / "data")
STORED = [s for s in SHEET.statements if s.source.stored]


@pytest.mark.parametrize("statement", STORED, ids=lambda s: s.id)
def test_every_quote_and_excerpt_is_in_its_own_sources_stored_text(statement):
    text = quotes.normalised(statement.source.text)
    for words in filter(None, (statement.quote, statement.excerpt)):
        assert quotes.verify_text(words, text), f"{words!r} is not in {statement.source.text_file}"


PRINTINGS = [(s, p) for s in SHEET.statements for p in s.printings if p.source.stored]


@pytest.mark.parametrize("statement, printing", PRINTINGS, ids=lambda x: getattr(x, "id", ""))
def test_every_other_printing_is_in_its_own_sources_stored_text(statement, printing):
    text = quotes.normalised(printing.source.text)
    assert quotes.verify_text(printing.quote, text), f"{printing.quote!r} is not in {printing.source.text_file}"


def test_no_statement_is_dated_after_a_source_that_prints_it():
    for s in SHEET.statements:
        assert not any(source.date and s.date.is_after(source.date) for source in s.sources), s.id


@pytest.mark.parametrize("statement", STORED, ids=lambda s: s.id)
def test_words_in_quotation_marks_in_a_summary_are_its_sources(statement):
    text = quotes.normalised(statement.source.text)
    for fragment in re.findall(r'"([^"]+)"', statement.summary):
        assert quotes.verify_text(fragment, text), f"{fragment!r} is not in {statement.source.text_file}"


@pytest.mark.parametrize("country", [c for c in SHEET.countries if c.nato_source], ids=lambda c: c.id)
def test_each_nato_status_agrees_with_the_reference_it_cites(country):
    """`check` holds a status to its reference's stored text; here the same rule is read again,
    line by line, and a reference without a stored text is named, not failed."""
    source = country.nato_source
    if not source.stored:
        warnings.warn(f"{country.id}: NATO status not checked: {source.id} has no stored text", stacklevel=2)
        return
    year = country.nato_member_since.text if country.nato_member_since else None
    lines = [line for line in source.text.splitlines() if country.name in line]
    assert lines, f"{source.text_file} does not name {country.name}"
    if year:
        assert any(year in line for line in lines), f"{source.text_file} does not give {country.name} {year}"


def test_a_statement_cites_a_source_that_is_not_dated_before_it():
    for s in SHEET.statements:
        assert not (s.source.date and s.date.is_after(s.source.date)), s.id


def test_sources_without_a_stored_text_are_listed_as_not_checked():
    result = run("generator", "check", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    unchecked = {source.id for source, _, _ in quotes.unchecked(SHEET)}
    noticed = {line.split()[1] for line in result.stdout.splitlines()
               if line.startswith("notice: ") and "has no stored text" in line}
    assert noticed == unchecked


def test_the_shipped_fact_sheet_builds_as_a_strict_site(tmp_path):
    project = copy_project(tmp_path, sheet=ROOT)
    result = run("mkdocs", "build", "--strict", "--site-dir", "site", cwd=project, env={"FACTSHEET_HOOK": ""})
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
