"""Every question the pages ask of the fact sheet, each under a name that says what it answers.

Dates are ranges (`2025-03` is any day of March; `../2025-03-22` any day up to the 22nd), so
"latest" is not always one statement: a statement is a candidate for the latest unless another
is known to be later (see Date.is_after). Where the candidates disagree, the order is not known
and the pages show each of them; nothing here picks one silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.model import Actor, Country, FactSheet, Source, Stance, Statement, Topic


@dataclass(frozen=True)
class Latest:
    """A country's latest position on a topic: the statements that may be the latest one."""

    statements: tuple[Statement, ...]
    """Newest first by sort order; more than one where their dates overlap."""
    own: bool
    """Stated by the country itself; otherwise reported for it by others."""

    @property
    def stances(self) -> tuple[Stance, ...]:
        """The stances the candidates take, each once, in the topic's order."""
        taken = {id(s.stance) for s in self.statements}
        return tuple(st for st in self.statements[0].topic.stances if id(st) in taken)

    @property
    def order_known(self) -> bool:
        """False where candidates take different stances: which is the latest is not known."""
        return len(self.stances) == 1

    def holding(self, stance: Stance) -> tuple[Statement, ...]:
        return tuple(s for s in self.statements if s.stance is stance)


@dataclass(frozen=True)
class Positions:
    """A country's positions on one topic: its own, those others report, and the latest."""

    topic: Topic
    own: tuple[Statement, ...]
    """Newest first."""
    reported: tuple[Statement, ...]
    """Newest first."""
    latest: Latest | None
    """From its own statements where it has any, else from the reported ones."""


def candidates_for_latest(statements: Iterable[Statement]) -> tuple[Statement, ...]:
    """The statements no other is known to be later than, newest first."""
    found = list(statements)
    return tuple(sorted((s for s in found if not any(t.date.is_after(s.date) for t in found)),
                        key=lambda s: (s.date.sort_key, s.id), reverse=True))


def latest_of(statements: tuple[Statement, ...], own: bool) -> Latest | None:
    return Latest(candidates_for_latest(statements), own) if statements else None


def positions_on(sheet: FactSheet, country: Country, topic: Topic) -> Positions:
    """Every statement that gives `country`'s position on `topic`, own and reported."""
    found = [s for s in reversed(sheet.statements) if s.topic is topic and country in s.position_of]
    own = tuple(s for s in found if s.is_own(country))
    reported = tuple(s for s in found if not s.is_own(country))
    return Positions(topic, own, reported, latest_of(own, True) or latest_of(reported, False))


def latest_by_stance(sheet: FactSheet, topic: Topic) -> list[tuple[Stance, list[tuple[Country, Latest]]]]:
    """Each stance of the topic with the countries whose latest position is known to hold it."""
    settled = [(c, x) for c, x in latest_per_country(sheet, topic) if x.order_known]
    return [(st, [(c, x) for c, x in settled if x.stances[0] is st]) for st in topic.stances]


def order_not_known(sheet: FactSheet, topic: Topic) -> list[tuple[Country, Latest]]:
    """The countries whose latest position on `topic` is one of several, order not known."""
    return [(c, x) for c, x in latest_per_country(sheet, topic) if not x.order_known]


def latest_per_country(sheet: FactSheet, topic: Topic) -> list[tuple[Country, Latest]]:
    found = [(c, positions_on(sheet, c, topic).latest) for c in sheet.countries]
    return [(c, x) for c, x in found if x]


def spoken_by(sheet: FactSheet, actor: Actor) -> list[Statement]:
    return [s for s in sheet.statements if s.speaker is actor]


def mentioning(sheet: FactSheet, actor: Actor) -> list[Statement]:
    return [s for s in sheet.statements if actor in s.mentions and s.speaker is not actor]


def by_people_of(sheet: FactSheet, country: Country) -> list[Statement]:
    return [s for s in sheet.statements if s.speaker.country is country]


def about_country(sheet: FactSheet, country: Country) -> list[Statement]:
    return [s for s in sheet.statements if country in s.position_of]


def on_topic(sheet: FactSheet, topic: Topic) -> list[Statement]:
    return [s for s in sheet.statements if s.topic is topic]


def citing(sheet: FactSheet, source: Source) -> list[Statement]:
    return [s for s in sheet.statements if s.source is source]


def countries_citing(sheet: FactSheet, source: Source) -> list[Country]:
    """Countries whose NATO status comes from `source`."""
    return [c for c in sheet.countries if c.nato_source is source]


def not_recorded(source: Source) -> list[str]:
    """What a reader would need to trace the source that its record does not give."""
    wanted = [("its title", source.title), ("its publisher", source.publisher), ("its date", source.date),
              ("its address", source.url)]
    return [name for name, value in wanted if not value]


@dataclass(frozen=True)
class Occasion:
    """Where a source says statements were first made: what a reader looks for to find them."""

    speaker: Actor
    occasion: str
    """Empty where the source does not name it."""
    statements: tuple[Statement, ...]

    @property
    def dates(self) -> list[str]:
        """The dates of its statements in words, each once, oldest first."""
        return list(dict.fromkeys(s.date.words for s in self.statements))


def occasions_reported_in(sheet: FactSheet, source: Source) -> list[Occasion]:
    """The primary occasions a secondary source reports, by speaker and occasion, oldest first."""
    groups: dict[tuple[int, str], list[Statement]] = {}
    for s in citing(sheet, source):
        groups.setdefault((id(s.speaker), s.occasion), []).append(s)
    return [Occasion(g[0].speaker, g[0].occasion, tuple(g)) for g in groups.values()]


def is_published(sheet: FactSheet, record: Actor | Country) -> bool:
    """An actor or country page is published only when it has something to show."""
    if isinstance(record, Actor):
        return bool(spoken_by(sheet, record) or mentioning(sheet, record))
    return bool(about_country(sheet, record) or any(
        a.country is record and is_published(sheet, a) for a in sheet.actors))


def published_actors(sheet: FactSheet) -> list[Actor]:
    return [a for a in sheet.actors if is_published(sheet, a)]


def published_countries(sheet: FactSheet) -> list[Country]:
    return [c for c in sheet.countries if is_published(sheet, c)]


@dataclass(frozen=True)
class Period:
    """One heading of the timeline and the statements under it."""

    id: str
    """The heading's anchor: `2025-03`, `2025`, `before-2025-03-22`."""
    heading: str
    statements: tuple[Statement, ...]


def periods(statements: Iterable[Statement]) -> list[Period]:
    """Statements under timeline headings: a month where it is known; otherwise a heading of
    the date's own (`2025, month not known`, `On or before 22 March 2025`), placed after the
    month or year it ends in."""
    groups: dict[str, list[Statement]] = {}
    for s in sorted(statements, key=lambda s: (s.date.sort_key, s.id)):
        groups.setdefault(s.date.period_id, []).append(s)
    ordered = sorted(groups.values(), key=lambda g: _period_key(g[0]))
    return [Period(g[0].date.period_id, g[0].date.period, tuple(g)) for g in ordered]


def _period_key(statement: Statement) -> tuple:
    date = statement.date
    month = date.month or 12
    end_of_month = (date.year, month)
    rank = 1 if date.before else 0 if date.month else 2
    return end_of_month, rank, date.last_day


def key_dates(sheet: FactSheet, count: int) -> list[Statement]:
    """The newest statements dated to a day or a month, newest first. A year, or `../DATE`, is
    too wide a range to be placed among them."""
    return [s for s in reversed(sheet.statements) if s.date.month and not s.date.before][:count]


def count_for_topic(sheet: FactSheet, topic: Topic) -> int:
    return len(on_topic(sheet, topic))
