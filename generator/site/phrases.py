"""The phrases the pages say many times, each written once, as Jinja filters.

Text from the data is given as text, for the template to escape where it is shown (`|e` in raw
HTML, Markdown's escaping elsewhere); the fact sheet's own fixed words come as Markup, shown as
written. They are plain functions, as cheap as the text they replace.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from markupsafe import Markup

from generator.data.model import Source, Statement
from generator.site.i18n import _, capitalised, date, in_text, text


class Loop(Protocol):
    """Jinja's `loop` variable, as far as a separator needs it."""

    revindex: int


def and_separator(loop: Loop) -> Markup:
    """What follows an item of a list written `A, B and C`: `, `, ` and `, or nothing after the last."""
    if loop.revindex == 2:
        return Markup(" " + _("and") + " ")
    return COMMA if loop.revindex > 2 else Markup("")


COMMA = Markup(", ")


def quoted(words: Iterable[str]) -> str:
    """`“I think”, “largely”`: words as the speaker said them, each in quotation marks (hedges)."""
    return ", ".join(f"“{w}”" for w in words)


def whose(statement: Statement) -> Markup:
    """What follows the speaker's name to say whose position the statement gives: ` reports the
    position of ` or `, for ` (the countries follow), or the whole rest where it names none."""
    if statement.voice == "reported":
        return Markup(" " + _("reports the position of") + " ")
    if statement.position_of:
        return Markup(", " + _("for") + " ")
    if statement.voice == "own":
        return Markup(", " + _("its own position"))
    return Markup(", " + _("own view (no country's position)"))


def qualifiers(statement: Statement) -> str:
    """What the speaker attached to the stance, in their words: `on condition: “if …”; hedged:
    “I think”`; empty where nothing. Part of the stance wherever it is shown."""
    parts = [_("on condition:") + " " + quoted(statement.conditions) if statement.conditions else "",
             _("hedged:") + " " + quoted(statement.hedges) if statement.hedges else ""]
    return "; ".join(p for p in parts if p)


def whose_words(statement: Statement) -> str:
    """Who said it and whose position it gives, as text: `Stephen Witkoff reports the position of
    Ukraine`, `Pete Hegseth, for the United States`, `…, own view (no country's position)`."""
    countries = listed([text(in_text(c)) for c in statement.position_of])
    return f"{text(statement.speaker.name)}{whose(statement)}{countries}"


def listed(items: list[str]) -> str:
    """`A, B and C`, as text."""
    return (" " + _("and") + " ").join([", ".join(items[:-1]), items[-1]] if len(items) > 1 else items)


def source_name(source: Source) -> str:
    """Its title; without one, what it is, by whom and when (`Article by Babel of 22 March 2025`,
    `Стаття Babel від 22 березня 2025`): the source's own entry says once that its title is not
    recorded, not every citation of it."""
    if source.title:
        return source.title
    values = {"kind": _(source.kind), "publisher": source.publisher, "date": date(source.date) if source.date else ""}
    if source.publisher and source.date:
        return capitalised(_("%(kind)s by %(publisher)s of %(date)s") % values)
    if source.publisher:
        return capitalised(_("%(kind)s by %(publisher)s") % values)
    if source.date:
        return capitalised(_("%(kind)s of %(date)s") % values)
    return capitalised(values["kind"])


def printer(source: Source) -> str:
    """Whose printing its words are, in a phrase: its publisher, else its name."""
    return source.publisher or source_name(source)


def printed(statement: Statement, by: Source | None = None) -> str:
    """Whose printing the words are: `as printed by Babel` (or by `by`, one of its printings'
    sources), with the other outlets that print the remark in other words; for the fact sheet's
    own summary, `paraphrased by the fact sheet from Babel`."""
    by = by or statement.source
    if not statement.quote:
        return _("paraphrased by the fact sheet from %(printer)s") % {"printer": printer(by)}
    others = also_printed(statement, by)
    return _("as printed by %(printer)s") % {"printer": printer(by)} + (f" ({others})" if others else "")


def also_printed(statement: Statement, by: Source | None = None) -> str:
    """`also printed, in other words, by Ukrinform and Ukrainska Pravda`: the printings' sources
    but `by` (the statement's own by default); empty where no other source prints the remark."""
    by = by or statement.source
    others = listed([printer(p.source) for p in statement.printed if p.source is not by])
    return _("also printed, in other words, by %(printers)s") % {"printers": others} if others else ""


def statement_line(statement: Statement, by: Source | None = None) -> str:
    """A statement in one line, the same in every output that has no room for it in full (the
    feed, the CSV, JSON-LD, accessible names): when, who, whose position, the stance with its
    conditions and hedges, the topic, and whose printing it rests on (its own source's, or
    `by`'s, one of its other printings)."""
    when = date(statement.date)
    return f"{when[:1].upper()}{when[1:]}: {position_line(statement)}; {printed(statement, by)}"


def position_line(statement: Statement) -> str:
    """Who, whose position, and the stance with its conditions and hedges on the topic:
    `Sam Reed reports the position of Ukraine: Accepts … (hedged: “I think”) (Membership)`."""
    qualified = f" ({q})" if (q := qualifiers(statement)) else ""
    return f"{whose_words(statement)}: {text(statement.stance.label)}{qualified} ({text(statement.topic.title)})"


FILTERS = {"and_separator": and_separator, "quoted": quoted, "whose": whose, "qualifiers": qualifiers,
           "statement_line": statement_line, "also_printed": also_printed, "position_line": position_line,
           "source_name": source_name, "printer": printer}
