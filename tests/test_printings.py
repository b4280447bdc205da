"""One remark as several sources print it (generator/site/printings.py): in each printing, the
words not every other printing has are marked, and nothing else."""

from __future__ import annotations

import dataclasses

from conftest import SHEET

from generator.build.pipeline import read_sheet
from generator.data.model import Printing
from generator.site.printings import compared

FIXTURE = read_sheet(SHEET / "data")
REED = next(s for s in FIXTURE.statements if s.id == "reed-ukraine-accepted")


def shown(statement) -> list[str]:
    """Each printing with its marked runs in [brackets]."""
    return ["".join(f"[{part.text}]" if part.differs else part.text for part in c.segments)
            for c in compared(statement)]


def test_each_printing_marks_the_words_the_other_lacks():
    assert [c.printing.source.id for c in compared(REED)] == ["daily-2025-03-22", "wire-reed"]
    assert shown(REED) == ["I think [they have] largely [accepted] it.",
                           "I think [that they've] largely [conceded] it"]


def test_every_printing_keeps_its_text_exactly():
    for c in compared(REED):
        assert "".join(part.text for part in c.segments) == c.printing.quote


def test_apostrophes_case_and_punctuation_do_not_count_as_differences():
    other = Printing(source=REED.printings[0].source, quote="i THINK they’ve Largely accepted it!")
    one = dataclasses.replace(REED, quote="I think they've largely accepted it.", printings=(other,))
    assert shown(one) == ["I think they've largely accepted it.", "i THINK they’ve Largely accepted it!"]


def test_a_word_is_marked_where_any_other_printing_lacks_it():
    third = Printing(source=REED.printings[0].source, quote="I think they have largely conceded it")
    three = dataclasses.replace(REED, printings=(*REED.printings, third))
    assert shown(three) == ["I think [they have] largely [accepted] it.",
                            "I think [that they've] largely [conceded] it",
                            "I think [they have] largely [conceded] it"]


def test_a_quote_printed_once_has_nothing_marked():
    alone = dataclasses.replace(REED, printings=())
    assert shown(alone) == ["I think they have largely accepted it."]
