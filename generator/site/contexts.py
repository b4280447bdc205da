"""What each page kind's template receives: one typed context per page kind, its template named
on the class. Templates keep to layout; every question is answered before (queries.py)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import ClassVar

from markupsafe import Markup

from generator.data.dates import Date
from generator.data.model import Actor, Correction, Country, Source, Stance, Statement, Topic
from generator.site import phrases, timeaxis
from generator.site.i18n import _, date, in_text, text
from generator.site.queries import Latest, Occasion, Period, Positions
from generator.site.worldmap import Frame, Shape


@dataclass(frozen=True)
class Part:
    """One page of a list split over several (the timeline, a topic's statements, the sources)."""

    number: int
    path: str
    """Under docs/."""
    label: str
    """What it holds: `October 2024 – March 2025`, `statements 301–600`."""


@dataclass(frozen=True)
class Context:
    template: ClassVar[str]

    @property
    def description(self) -> str:
        """What the page holds, in a sentence: its meta description (plain text; escaped where shown)."""
        return ""

    def variables(self) -> dict:
        """The context as the template's variables (records stay records: no deep copy)."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


@dataclass(frozen=True)
class TopicSummary:
    """A topic in a few lines, first on the home page: the countries under each stance they
    hold, those whose order is not known, and the latest date among their statements (queries.latest_date)."""

    topic: Topic
    groups: list[tuple[Stance, list[tuple[Country, Latest]]]]
    """The stances some country holds, in the topic's order, each with its countries."""
    unknown_order: list[tuple[Country, Latest]]
    latest_date: Date


@dataclass(frozen=True)
class HomePage(Context):
    template = "home.md.j2"
    intro: Markup
    summaries: list[TopicSummary]
    """The topics with a position, each in a few lines."""
    silent: list[Topic]
    """The topics no country has a position on yet."""
    topics: list[Topic]
    """The table's columns: the topics with a position."""
    rows: list[tuple[Country, list[Latest | None]]]
    """Each country with a position on any topic, and its latest position per topic of the table."""
    key_dates: list[Statement]


@dataclass(frozen=True)
class MapEntry:
    """One country of the fact sheet on the map, and in the table beside it."""

    country: Country
    latest: Latest | None
    """Its latest position on the map's topic (own, else reported)."""
    published: bool
    """Whether it has a page to link to."""
    shape: Shape | None
    """Its outline; None where Natural Earth has none for its code."""

    @property
    def fill(self) -> str:
        """The class its outline is filled with: a stance, order not known, or no statement."""
        if self.latest is None:
            return "fs-map-none"
        return "fs-map-stance" if self.latest.order_known else "fs-map-unknown"

    @property
    def reported(self) -> bool:
        return self.latest is not None and not self.latest.own

    @property
    def qualifiers(self) -> str:
        """The conditions and hedges of the statements of its latest position, each once."""
        found = (phrases.qualifiers(s) for s in self.latest.statements) if self.latest else ()
        return "; ".join(dict.fromkeys(q for q in found if q))

    def name_on(self, topic: Topic | None) -> str:
        """What a screen reader says of its outline: the country and its latest position on
        `topic` with its conditions and hedges, whose it is, who stated it and when (as the
        statements' one-line wording says them: phrases.statement_line)."""
        name = text(self.country.name)
        if self.latest is None:
            if topic:
                return f"{name}: " + _("no statement recorded on %(topic)s") % {"topic": text(topic.title)}
            return f"{name}: " + _("no statement recorded")
        whose = _(", as others report it") if self.reported else _(", its own position")
        stances = (" " + _("or") + " ").join(text(st.label) for st in self.latest.stances)
        position = stances if self.latest.order_known else _("order not known (%(stances)s)") % {"stances": stances}
        qualified = f" ({self.qualifiers})" if self.qualifiers else ""
        otherwise = "".join("; " + _("reported otherwise: %(stance)s, by %(who)s") % {
            "stance": text(st.label), "who": _who(self.latest.reporting(st))} for st in self.latest.other_stances)
        return f"{name}: {position}{qualified}{whose}: {_who(self.latest.statements)}{otherwise}"


def _who(statements: tuple[Statement, ...], shown: int = 3) -> str:
    """`Anna Berg, 12 February 2025 and Sam Reed, 2025`: who said each and when, the first few."""
    said = phrases.listed([f"{text(s.speaker.name)}, {date(s.date)}" for s in statements[:shown]])
    more = len(statements) - shown
    return said + (" " + _("and %(count)s more") % {"count": more} if more > 0 else "")


@dataclass(frozen=True)
class MapView:
    """One drawing of the map: the overview, or a detail of the countries that lie close together."""

    title: str
    frame: Frame
    land: list[Shape]
    """Outlines in the frame of countries not in the fact sheet, drawn as plain land."""
    linked: tuple[str, ...]
    """The countries that are links in this drawing (each country is a link in one drawing only;
    in the other it is drawn, hidden from screen readers)."""
    drawn: list[MapEntry]
    """The fact sheet's countries with an outline in the frame."""


@dataclass(frozen=True)
class MapPage(Context):
    template = "map.md.j2"
    topic: Topic | None
    """The first topic; None in a fact sheet without topics."""
    entries: list[MapEntry]
    views: list[MapView]
    colours: dict[str, str]
    """Each of the topic's stances' colour on the map, as its class (colours.py), by stance id."""

    @property
    def description(self) -> str:
        if self.topic:
            return _("A map of each country's latest position on %(topic)s: its own, or as others report it.") % {
                "topic": text(self.topic.title)}
        return _("A map of each country's latest position: its own, or as others report it.")


@dataclass(frozen=True)
class AboutPage(Context):
    template = "about.md.j2"
    text: Markup


@dataclass(frozen=True)
class CorrectionsPage(Context):
    template = "corrections.md.j2"
    corrections: list[tuple[Correction, Statement]]
    """Newest first."""

    @property
    def description(self) -> str:
        return _("Every correction of substance to a statement, the newest first, and how to report an error.")


@dataclass(frozen=True)
class TimelinePage(Context):
    template = "timeline.md.j2"
    periods: list[Period]
    parts: list[Part]
    current: int
    topics: tuple[Topic, ...]
    """The fact sheet's topics, in order: the rows of the time axis."""
    colours: dict[str, dict[str, str]]
    """Each stance's colour, as its class (colours.py), by topic id and stance id (as on the map)."""

    @property
    def description(self) -> str:
        return _("Every statement in the order it was made, each with whose position it gives and its stance.")

    def variables(self) -> dict:
        """With `axis`: this page's statements on a time axis (its picture), worked out from the
        page's own fields, when the page is rendered (not for each part, when only one changed)."""
        return super().variables() | {"axis": timeaxis.axis([s for p in self.periods for s in p.statements],
                                                             self.topics)}


@dataclass(frozen=True)
class SourceEntry:
    """One source on the sources page."""

    source: Source
    statements: list[Statement]
    occasions: list[Occasion]
    missing: list[str]
    """What a reader needs to trace it that the record does not give."""
    countries: list[tuple[Country, bool]]
    """Countries whose NATO status it gives, each with whether its page is published."""


@dataclass(frozen=True)
class SourcesPage(Context):
    template = "sources.md.j2"
    sources: list[SourceEntry]
    parts: list[Part]
    current: int

    @property
    def description(self) -> str:
        return _("Where each statement was published, what each source does not say, and the occasions it reports.")


@dataclass(frozen=True)
class CountriesPage(Context):
    template = "countries.md.j2"
    countries: list[tuple[Country, int]]
    """Published countries with how many statements give their position."""
    unpublished: list[Country]


@dataclass(frozen=True)
class ActorsPage(Context):
    template = "actors.md.j2"
    groups: list[tuple[str, str, list[Actor]]]
    """(kind, heading, actors) for people, organisations, media: those on this part of the list."""
    unpublished: list[Actor]
    """On the last part."""
    parts: list[Part]
    current: int


@dataclass(frozen=True)
class TopicsPage(Context):
    template = "topics.md.j2"
    topics: list[tuple[Topic, int]]


@dataclass(frozen=True)
class CountryPage(Context):
    template = "country.md.j2"
    country: Country
    prose: Markup
    positions: list[Positions]
    """Topics on which it has a position."""
    silent: list[Topic]
    statements: list[Statement]
    """By its people, the newest (plan.LINES_UP_TO)."""
    actors: list[Actor]
    sources: list[Source]
    """What the page rests on, listed at its end (and so printed with it)."""
    older: int = 0
    """How many of its people's statements before these in date order the page leaves to their
    speakers' pages."""
    words: bool = True
    """Its people's statements are shown with their words (few enough for one page); else each
    line links to them on the speaker's page."""

    @property
    def description(self) -> str:
        return _("The positions of %(country)s, its own and those others report for it, each dated and sourced.") % {
            "country": text(in_text(self.country))}


@dataclass(frozen=True)
class ActorPage(Context):
    template = "actor.md.j2"
    actor: Actor
    prose: Markup
    statements: list[Statement]
    mentioned: list[Statement]

    @property
    def description(self) -> str:
        role = f", {text(self.actor.role)}" if self.actor.role else ""
        return _("Statements by %(speaker)s, each dated and sourced, with whose position it gives.") % {
            "speaker": text(self.actor.name) + role}


@dataclass(frozen=True)
class TopicPage(Context):
    template = "topic.md.j2"
    topic: Topic
    prose: Markup
    groups: list[tuple[Stance, list[tuple[Country, Latest]]]]
    """Each stance with the countries whose latest position is known to hold it."""
    unknown_order: list[tuple[Country, Latest]]
    statements: list[Statement]
    """This part's share of the topic's statements."""
    total: int
    parts: list[Part]
    current: int

    @property
    def description(self) -> str:
        every = _("Each country's latest position, and every statement, dated and sourced.")
        return f"{text(self.topic.question)} {every}"
