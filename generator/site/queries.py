"""Every question the pages ask of the fact sheet, each under a name that says what it answers.

Dates are ranges (`2025-03` is any day of March; `../2025-03-22` any day up to the 22nd), so
"latest" is not always one statement: a statement is a candidate for the latest unless another
is known to be later (see Date.is_after). Where the candidates disagree, the order is not known
and the pages show each of them; nothing here picks one silently.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from generator.data.dates import Date
from generator.data.model import Actor, Country, FactSheet, Source, Stance, Statement, Topic
from generator.site.i18n import N_, _, alphabetical, period

T = TypeVar("T")


@dataclass(frozen=True)
class Index:
    """Every statement filed once by what the queries look it up by: built in one pass, so that
    a page's question costs what its answer holds, not a scan of every statement."""

    by_speaker: dict[Actor, list[Statement]]
    mentioning: dict[Actor, list[Statement]]
    about_country: dict[Country, list[Statement]]
    by_people_of: dict[Country, list[Statement]]
    on_topic: dict[Topic, list[Statement]]
    citing: dict[Source, list[Statement]]
    on_topic_for: dict[tuple[Country, Topic], list[Statement]]
    published: set
    """The actors and countries whose pages are published."""
    people_of: dict[Country, list[Actor]]
    """Each country's published actors, by name."""
    positions: dict[tuple[Country, Topic], Positions] = field(default_factory=dict)
    """`positions_on`'s answers, each worked out once (the map, the home page, the topic and
    country pages all ask)."""


@functools.lru_cache(maxsize=1)
def index(sheet: FactSheet) -> Index:
    """The sheet's index, built once for the sheet last asked about (a fact sheet is frozen, and
    hashed by identity)."""
    names = ("speaker", "mention", "country", "people", "topic", "source", "pair")
    groups: dict[str, dict] = {name: {} for name in names}
    for s in sheet.statements:
        groups["speaker"].setdefault(s.speaker, []).append(s)
        for actor in s.mentions:
            if actor is not s.speaker:
                groups["mention"].setdefault(actor, []).append(s)
        for country in s.position_of:
            groups["country"].setdefault(country, []).append(s)
            groups["pair"].setdefault((country, s.topic), []).append(s)
        if s.speaker.country:
            groups["people"].setdefault(s.speaker.country, []).append(s)
        groups["topic"].setdefault(s.topic, []).append(s)
        for source in s.sources:  # its own, and those of its other printings
            groups["source"].setdefault(source, []).append(s)
    actors = {a for a in sheet.actors if a in groups["speaker"] or a in groups["mention"]}
    countries = {c for c in sheet.countries if c in groups["country"]} | {a.country for a in actors if a.country}
    people_of: dict[Country, list[Actor]] = {}
    for actor in sheet.actors:  # sorted by name
        if actor in actors and actor.country:
            people_of.setdefault(actor.country, []).append(actor)
    return Index(groups["speaker"], groups["mention"], groups["country"], groups["people"], groups["topic"],
                 groups["source"], groups["pair"], actors | countries, people_of)


@dataclass(frozen=True)
class Latest:
    """A country's latest position on a topic: the statements that may be the latest one."""

    statements: tuple[Statement, ...]
    """Newest first by sort order; more than one where their dates overlap."""
    own: bool
    """Stated by the country itself; otherwise reported for it by others."""
    reported_otherwise: tuple[Statement, ...] = ()
    """For an own position: the latest reports of another stance that are not known to be older
    than it (a report that a country has accepted what its own word denies), shown beside it."""

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

    @property
    def other_stances(self) -> tuple[Stance, ...]:
        """The stances the reports of another stance take, each once, in the topic's order."""
        taken = {id(s.stance) for s in self.reported_otherwise}
        return tuple(st for st in self.statements[0].topic.stances if id(st) in taken)

    def reporting(self, stance: Stance) -> tuple[Statement, ...]:
        return tuple(s for s in self.reported_otherwise if s.stance is stance)


@dataclass(frozen=True)
class Positions:
    """A country's positions on one topic: its own, those others report, and the latest."""

    topic: Topic
    own_statements: tuple[Statement, ...]
    """Its own, newest first."""
    reported_statements: tuple[Statement, ...]
    """Those others report for it, newest first."""
    latest: Latest | None
    """From its own statements where it has any, else from the reported ones."""

    @functools.cached_property
    def history(self) -> list[Step]:
        """Own and reported together, oldest first: how the position was stated and reported over
        time, each step known to be later than the one before or not."""
        ordered = sorted(self.own_statements + self.reported_statements, key=lambda s: (s.date.sort_key, s.id))
        own = {id(s) for s in self.own_statements}
        return [Step(s, id(s) in own, None if n == 0 else s.date.is_after(ordered[n - 1].date))
                for n, s in enumerate(ordered)]


@dataclass(frozen=True)
class Step:
    """One statement of a country's positions over time (Positions.history)."""

    statement: Statement
    own: bool
    """The country's own position; else one that others report."""
    later: bool | None
    """Known to be later than the step before; None for the first step."""


def candidates_for_latest(statements: Iterable[Statement]) -> tuple[Statement, ...]:
    """The statements no other is known to be later than, newest first: those whose last possible
    day is not before any statement's first possible day (Date.is_after), found in one pass."""
    found = list(statements)
    latest_start = max((s.date.first_day for s in found), default=None)
    return tuple(sorted((s for s in found if latest_start is None or s.date.last_day >= latest_start),
                        key=lambda s: (s.date.sort_key, s.id), reverse=True))


def latest_of(statements: tuple[Statement, ...], own: bool) -> Latest | None:
    return Latest(candidates_for_latest(statements), own) if statements else None


def latest_with_reports(own: tuple[Statement, ...], reported: tuple[Statement, ...]) -> Latest | None:
    """The latest own position, with the latest reports (a report superseded by a later one is
    not) of another stance, not known to be older than it; without an own position, the latest
    reported one."""
    latest, reports = latest_of(own, True), latest_of(reported, False)
    if latest is None or reports is None:
        return latest or reports
    stances = {id(st) for st in latest.stances}
    own_start = min(s.date.first_day for s in latest.statements)  # older than this: older than them all
    otherwise = tuple(r for r in reports.statements if id(r.stance) not in stances and r.date.last_day >= own_start)
    return dataclasses.replace(latest, reported_otherwise=otherwise) if otherwise else latest


def positions_on(sheet: FactSheet, country: Country, topic: Topic) -> Positions:
    """Every statement that gives `country`'s position on `topic`, own and reported."""
    answers = index(sheet).positions
    if (country, topic) not in answers:
        found = list(reversed(index(sheet).on_topic_for.get((country, topic), [])))
        own = tuple(s for s in found if s.is_own(country))
        reported = tuple(s for s in found if not s.is_own(country))
        answers[country, topic] = Positions(topic, own, reported, latest_with_reports(own, reported))
    return answers[country, topic]


def latest_by_stance(sheet: FactSheet, topic: Topic) -> list[tuple[Stance, list[tuple[Country, Latest]]]]:
    """Each stance of the topic with the countries whose latest position is known to hold it."""
    settled = [(c, x) for c, x in latest_per_country(sheet, topic) if x.order_known]
    return [(st, [(c, x) for c, x in settled if x.stances[0] is st]) for st in topic.stances]


def order_not_known(sheet: FactSheet, topic: Topic) -> list[tuple[Country, Latest]]:
    """The countries whose latest position on `topic` is one of several, order not known."""
    return [(c, x) for c, x in latest_per_country(sheet, topic) if not x.order_known]


def latest_date(positions: list[tuple[Country, Latest]]) -> Date | None:
    """The date, among those of these latest positions' statements, whose last possible day is
    the latest (the exact one where two end on the same day), or None: no statement among them
    can be later than that day. Not "the newest statement": an "on or before" date may be older."""
    dates = [s.date for _, latest in positions for s in latest.statements]
    return max(dates, key=lambda d: (d.last_day, d.exact), default=None)


def latest_per_country(sheet: FactSheet, topic: Topic) -> list[tuple[Country, Latest]]:
    found = [(c, positions_on(sheet, c, topic).latest) for c in alphabetical(sheet.countries)]
    return [(c, x) for c, x in found if x]


def spoken_by(sheet: FactSheet, actor: Actor) -> list[Statement]:
    return index(sheet).by_speaker.get(actor, [])


def mentioning(sheet: FactSheet, actor: Actor) -> list[Statement]:
    return index(sheet).mentioning.get(actor, [])


def by_people_of(sheet: FactSheet, country: Country) -> list[Statement]:
    return index(sheet).by_people_of.get(country, [])


def about_country(sheet: FactSheet, country: Country) -> list[Statement]:
    return index(sheet).about_country.get(country, [])


def on_topic(sheet: FactSheet, topic: Topic) -> list[Statement]:
    return index(sheet).on_topic.get(topic, [])


def citing(sheet: FactSheet, source: Source) -> list[Statement]:
    return index(sheet).citing.get(source, [])


def sources_for_country(sheet: FactSheet, country: Country) -> list[Source]:
    """The sources its page rests on: its NATO status's, and those of statements about it or by
    its people, in the order of the sources list."""
    used = {src for s in about_country(sheet, country) + by_people_of(sheet, country) for src in s.sources}
    used |= {country.nato_source} if country.nato_source else set()
    return [s for s in sheet.sources if s in used]


def countries_citing(sheet: FactSheet, source: Source) -> list[Country]:
    """Countries whose NATO status comes from `source`."""
    return [c for c in alphabetical(sheet.countries) if c.nato_source is source]


def not_recorded(source: Source) -> list[str]:
    """What a reader would need to trace the source that its record does not give."""
    wanted = [(N_("its title"), source.title), (N_("its publisher"), source.publisher), (N_("its date"), source.date),
              (N_("its address"), source.url)]
    return [name for name, value in wanted if not value]


@dataclass(frozen=True)
class Occasion:
    """Where a source says statements were first made: what a reader looks for to find them."""

    speaker: Actor
    occasion: str
    """Empty where the source does not name it."""
    statements: tuple[Statement, ...]


def occasions_reported_in(sheet: FactSheet, source: Source) -> list[Occasion]:
    """The primary occasions a secondary source reports, by speaker and occasion, oldest first."""
    groups: dict[tuple[int, str], list[Statement]] = {}
    for s in citing(sheet, source):
        groups.setdefault((id(s.speaker), s.occasion), []).append(s)
    return [Occasion(g[0].speaker, g[0].occasion, tuple(g)) for g in groups.values()]


def is_published(sheet: FactSheet, record: Actor | Country) -> bool:
    """An actor or country page is published only when it has something to show: an actor who
    speaks or is mentioned; a country whose position is given, or whose people are published."""
    return record in index(sheet).published


def published_actors(sheet: FactSheet) -> list[Actor]:
    return [a for a in alphabetical(sheet.actors) if is_published(sheet, a)]


def published_people_of(sheet: FactSheet, country: Country) -> list[Actor]:
    """The published actors of a country, by name."""
    return alphabetical(index(sheet).people_of.get(country, []))


def published_countries(sheet: FactSheet) -> list[Country]:
    return [c for c in alphabetical(sheet.countries) if is_published(sheet, c)]


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
    return [Period(g[0].date.period_id, period(g[0].date), tuple(g)) for g in ordered]


def pack(items: list[T], size: int, weight: Callable[[T], int] = lambda _: 1) -> list[list[T]]:
    """Consecutive items in chunks of at most `size` by weight; an item heavier than `size` has a
    chunk of its own. Lists that grow with the data are split into pages this way."""
    chunks: list[list[T]] = [[]]
    load = 0
    for item in items:
        if chunks[-1] and load + weight(item) > size:
            chunks.append([])
            load = 0
        chunks[-1].append(item)
        load += weight(item)
    return chunks


def periods_in_parts(statements: Iterable[Statement], size: int) -> list[list[Period]]:
    """The timeline's periods packed into pages of at most `size` statements; a period with
    more is cut into parts, each headed `(continued)` after the first."""
    cut = []
    for whole in periods(statements):
        for n, start in enumerate(range(0, len(whole.statements), size)):
            heading = whole.heading if n == 0 else whole.heading + " (" + _("continued") + ")"
            cut.append(Period(whole.id if n == 0 else f"{whole.id}-{n + 1}", heading,
                              whole.statements[start:start + size]))
    return pack(cut, size, lambda p: len(p.statements))


def _period_key(statement: Statement) -> tuple:
    date = statement.date
    month = date.month or 12
    end_of_month = (date.year, month)
    rank = 1 if date.before else 0 if date.month else 2
    return end_of_month, rank, date.last_day


def corrections_newest_first(sheet: FactSheet) -> list[tuple]:
    """Every correction with its statement, the newest first."""
    found = [(c, s) for s in sheet.statements for c in s.corrections]
    return sorted(found, key=lambda pair: (pair[0].date.sort_key, pair[1].id), reverse=True)


def key_dates(sheet: FactSheet, count: int) -> list[Statement]:
    """The newest statements dated to a day or a month, newest first. A year, or `../DATE`, is
    too wide a range to be placed among them."""
    return [s for s in reversed(sheet.statements) if s.date.month and not s.date.before][:count]


def count_for_topic(sheet: FactSheet, topic: Topic) -> int:
    return len(on_topic(sheet, topic))


def last_updated(sheet: FactSheet) -> Date | None:
    """When the data was last added to or corrected: its latest correction, source or check of a
    source (a statement is never later than its source); the statements only where nothing else is dated."""
    dates = [c.date for s in sheet.statements for c in s.corrections]
    dates += [d for s in sheet.sources for d in (s.date, s.accessed) if d]
    return max(dates or [s.date for s in sheet.statements], key=lambda d: d.last_day, default=None)
