"""The phrases the pages say many times, each written once, as Jinja filters.

Text from the data is given as text, for the template to escape where it is shown (`|e` in raw
HTML, Markdown's escaping elsewhere); the fact sheet's own fixed words come as Markup, shown as
written. They are plain functions, as cheap as the text they replace.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from markupsafe import Markup

from generator.data.model import Statement


class Loop(Protocol):
    """Jinja's `loop` variable, as far as a separator needs it."""

    revindex: int


def and_separator(loop: Loop) -> Markup:
    """What follows an item of a list written `A, B and C`: `, `, ` and `, or nothing after the last."""
    return SEPARATORS[min(loop.revindex, 3)]


SEPARATORS = (Markup(""), Markup(""), Markup(" and "), Markup(", "))
"""By how many items are left, the current one included (Jinja's `loop.revindex`), at most 3."""


def quoted(words: Iterable[str]) -> str:
    """`“I think”, “largely”`: words as the speaker said them, each in quotation marks (hedges)."""
    return ", ".join(f"“{w}”" for w in words)


def whose(statement: Statement) -> Markup:
    """What follows the speaker's name to say whose position the statement gives: ` reports the
    position of ` or `, for ` (the countries follow), or the whole rest where it names none."""
    if statement.voice == "reported":
        return WHOSE["reported"]
    if statement.position_of:
        return WHOSE["for"]
    return WHOSE[statement.voice]


WHOSE = {"reported": Markup(" reports the position of "), "for": Markup(", for "),
         "own": Markup(", its own position"), "view": Markup(", own view (no country's position)")}


FILTERS = {"and_separator": and_separator, "quoted": quoted, "whose": whose}
