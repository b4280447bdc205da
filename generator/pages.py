"""The plan: one function per page kind → Page(path, context). Nothing is rendered here."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from generator import queries
from generator.contexts import (
    AboutPage, ActorPage, ActorsPage, Context, CountriesPage, CountryPage, HomePage, SourceEntry, SourcesPage,
    TimelinePage, TopicPage, TopicsPage,
)
from generator.load import Prose
from generator.model import ACTOR_KINDS, Actor, Country, FactSheet, Source, Statement, Topic

KEY_DATES = 8
ACTOR_HEADINGS = {"person": "People", "organization": "Organisations", "media": "Media"}


@dataclass(frozen=True)
class Page:
    """One page to generate: where it goes under docs/, and what its template receives."""

    path: str
    context: Context


def path_of(record: object) -> str:
    """Where a record's page (or, for statements and sources, its anchor) lives under docs/."""
    if isinstance(record, Country):
        return f"countries/{record.id}.md"
    if isinstance(record, Actor):
        return f"actors/{record.id}.md"
    if isinstance(record, Topic):
        return f"topics/{record.id}.md"
    if isinstance(record, Source):
        return f"sources.md#{record.id}"
    if isinstance(record, Statement):
        return f"timeline.md#{record.id}"
    raise TypeError(f"no page for {record!r}")


def plan(sheet: FactSheet, prose: Prose) -> list[Page]:
    """Every page of the site. Actors and countries with nothing to show get no page."""
    pages = [home(sheet, prose), Page("about.md", AboutPage(prose.about)), timeline(sheet), sources(sheet)]
    pages += [countries(sheet), actors(sheet), topics(sheet)]
    pages += [country(sheet, c, prose) for c in queries.published_countries(sheet)]
    pages += [actor(sheet, a, prose) for a in queries.published_actors(sheet)]
    pages += [topic(sheet, t, prose) for t in sheet.topics]
    return pages


def home(sheet: FactSheet, prose: Prose) -> Page:
    rows = [(c, [queries.positions_on(sheet, c, t).latest for t in sheet.topics]) for c in sheet.countries]
    rows = [(c, cells) for c, cells in rows if any(cells)]
    return Page("index.md", HomePage(prose.index, sheet.topics, rows, queries.key_dates(sheet, KEY_DATES)))


def timeline(sheet: FactSheet) -> Page:
    return Page("timeline.md", TimelinePage(queries.periods(sheet.statements)))


def sources(sheet: FactSheet) -> Page:
    entries = [SourceEntry(s, queries.citing(sheet, s), queries.occasions_reported_in(sheet, s), queries.not_recorded(s),
                           [(c, queries.is_published(sheet, c)) for c in queries.countries_citing(sheet, s)])
               for s in sheet.sources]
    return Page("sources.md", SourcesPage(entries))


def countries(sheet: FactSheet) -> Page:
    listed = [(c, len(queries.about_country(sheet, c))) for c in queries.published_countries(sheet)]
    unpublished = [c for c in sheet.countries if not queries.is_published(sheet, c)]
    return Page("countries/index.md", CountriesPage(listed, unpublished))


def actors(sheet: FactSheet) -> Page:
    published = queries.published_actors(sheet)
    groups = [(kind, ACTOR_HEADINGS[kind], [a for a in published if a.kind == kind]) for kind in ACTOR_KINDS]
    unpublished = [a for a in sheet.actors if a not in published]
    return Page("actors/index.md", ActorsPage([g for g in groups if g[2]], unpublished))


def topics(sheet: FactSheet) -> Page:
    return Page("topics/index.md", TopicsPage([(t, queries.count_for_topic(sheet, t)) for t in sheet.topics]))


def country(sheet: FactSheet, record: Country, prose: Prose) -> Page:
    positions = [queries.positions_on(sheet, record, t) for t in sheet.topics]
    return Page(path_of(record), CountryPage(
        country=record,
        prose=_prose(prose, f"countries/{record.id}"),
        positions=[p for p in positions if p.latest],
        silent=[p.topic for p in positions if not p.latest],
        statements=queries.by_people_of(sheet, record),
        actors=[a for a in queries.published_actors(sheet) if a.country is record],
    ))


def actor(sheet: FactSheet, record: Actor, prose: Prose) -> Page:
    return Page(path_of(record), ActorPage(record, _prose(prose, f"actors/{record.id}"),
                                           queries.spoken_by(sheet, record), queries.mentioning(sheet, record)))


def topic(sheet: FactSheet, record: Topic, prose: Prose) -> Page:
    return Page(path_of(record), TopicPage(
        topic=record,
        prose=_prose(prose, f"topics/{record.id}"),
        groups=queries.latest_by_stance(sheet, record),
        unknown_order=queries.order_not_known(sheet, record),
        statements=queries.on_topic(sheet, record),
    ))


def _prose(prose: Prose, key: str) -> Markup:
    return prose.entities.get(key, Markup(""))
