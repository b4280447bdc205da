"""The phrases every output words a statement with (generator/site/phrases.py): one wording of
who, whose position, the stance with its conditions and hedges, when, and whose printing."""

from __future__ import annotations

import dataclasses

from conftest import SHEET

from generator.build.pipeline import read_sheet
from generator.site import i18n, phrases

FIXTURE = read_sheet(SHEET / "data")
BY_ID = {s.id: s for s in FIXTURE.statements}


def test_a_reported_quote_printed_twice_names_both_printings():
    assert phrases.statement_line(BY_ID["reed-ukraine-accepted"]) == (
        "On or before 22 March 2025: Sam Reed reports the position of Ukraine: Accepts that Ukraine will not join "
        "(hedged: “I think”, “largely”) (Membership); as printed by Article of 22 March 2025 "
        "(also printed, in other words, by The Wire)")


def test_an_own_paraphrase_says_it_is_the_fact_sheets():
    assert phrases.statement_line(BY_ID["koval-accession"]) == (
        "On or before 22 March 2025: Oleh Koval, for Ukraine: Supports membership (Membership); paraphrased by the "
        "fact sheet from Article of 22 March 2025")


def test_a_condition_comes_with_the_stance_before_the_hedges():
    reed = dataclasses.replace(BY_ID["reed-ukraine-accepted"], conditions=("if asked",))
    assert phrases.qualifiers(reed) == "on condition: “if asked”; hedged: “I think”, “largely”"
    assert "Accepts that Ukraine will not join (on condition: “if asked”; hedged: " in phrases.statement_line(reed)


def test_a_view_names_no_country():
    view = next(s for s in FIXTURE.statements if s.voice == "view")
    assert phrases.whose_words(view) == f"{view.speaker.name}, own view (no country's position)"


def test_a_publisher_is_named_as_the_printer():
    berg = BY_ID["berg-not-realistic"]
    assert phrases.printed(berg) == "as printed by The Gazette"


def test_a_source_without_a_title_is_named_by_what_it_is_by_whom_and_when_in_each_language():
    untitled = next(s for s in FIXTURE.sources if s.id == "daily-2025-03-22")
    assert untitled.title == ""  # its own entry says once that the title is not recorded
    with_publisher = dataclasses.replace(untitled, publisher="Babel")
    assert phrases.source_name(untitled) == "Article of 22 March 2025"
    assert phrases.source_name(with_publisher) == "Article by Babel of 22 March 2025"
    assert phrases.source_name(dataclasses.replace(with_publisher, date=None)) == "Article by Babel"
    assert phrases.printer(untitled) == "Article of 22 March 2025" and phrases.printer(with_publisher) == "Babel"
    with i18n.use("uk"):
        assert phrases.source_name(untitled) == "Стаття від 22 березня 2025"
        assert phrases.source_name(with_publisher) == "Стаття Babel від 22 березня 2025"
        reference = dataclasses.replace(with_publisher, date=None, kind="reference")
        assert phrases.source_name(reference) == "Довідкове джерело Babel"
    titled = next(s for s in FIXTURE.sources if s.id == "gazette-envoys")
    assert phrases.source_name(titled) == titled.title
