"""The plan: one function per page kind → Page(path, template, context). Nothing is rendered here."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator import queries
from generator.load import Prose
from generator.model import ACTOR_KINDS, Actor, Country, FactSheet, Source, Statement, Topic


KEY_DATES = 8


@dataclass(frozen=True)
class Page:
    """One page to generate: where it goes under docs/, which template, with what."""

    path: str
    template: str
    context: dict = field(default_factory=dict)


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
    pages = [home(sheet, prose), about(prose), timeline(sheet), sources(sheet)]
    pages += [countries(sheet), actors(sheet), topics(sheet)]
    pages += [country(sheet, c, prose) for c in queries.published_countries(sheet)]
    pages += [actor(sheet, a, prose) for a in queries.published_actors(sheet)]
    pages += [topic(sheet, t, prose) for t in sheet.topics]
    return pages


def home(sheet: FactSheet, prose: Prose) -> Page:
    rows = [(c, [queries.positions_on(sheet, c, t).latest for t in sheet.topics]) for c in sheet.countries]
    rows = [(c, cells) for c, cells in rows if any(cells)]
    context = dict(sheet=sheet, intro=prose.index, rows=rows, key_dates=queries.key_dates(sheet, KEY_DATES))
    return Page("index.md", "home.md.j2", context)


def about(prose: Prose) -> Page:
    return Page("about.md", "about.md.j2", dict(text=prose.about))


def timeline(sheet: FactSheet) -> Page:
    return Page("timeline.md", "timeline.md.j2", dict(periods=queries.periods(sheet.statements)))


def sources(sheet: FactSheet) -> Page:
    listed = [dict(source=s, statements=queries.citing(sheet, s), occasions=queries.occasions_reported_in(sheet, s),
                   missing=queries.not_recorded(s),
                   countries=[(c, queries.is_published(sheet, c)) for c in queries.countries_citing(sheet, s)])
              for s in sheet.sources]
    return Page("sources.md", "sources.md.j2", dict(sources=listed))


def countries(sheet: FactSheet) -> Page:
    listed = [(c, len(queries.about_country(sheet, c))) for c in queries.published_countries(sheet)]
    unpublished = [c for c in sheet.countries if not queries.is_published(sheet, c)]
    return Page("countries/index.md", "countries.md.j2", dict(countries=listed, unpublished=unpublished))


def actors(sheet: FactSheet) -> Page:
    published = queries.published_actors(sheet)
    groups = [(kind, [a for a in published if a.kind == kind]) for kind in ACTOR_KINDS]
    unpublished = [a for a in sheet.actors if a not in published]
    return Page("actors/index.md", "actors.md.j2", dict(groups=groups, unpublished=unpublished))


def topics(sheet: FactSheet) -> Page:
    listed = [(t, queries.count_for_topic(sheet, t)) for t in sheet.topics]
    return Page("topics/index.md", "topics.md.j2", dict(topics=listed))


def country(sheet: FactSheet, record: Country, prose: Prose) -> Page:
    positions = [queries.positions_on(sheet, record, t) for t in sheet.topics]
    context = dict(
        country=record,
        prose=prose.entities.get(f"countries/{record.id}", ""),
        positions=[p for p in positions if p.latest],
        silent=[p.topic for p in positions if not p.latest],
        statements=queries.by_people_of(sheet, record),
        actors=[a for a in queries.published_actors(sheet) if a.country is record],
    )
    return Page(path_of(record), "country.md.j2", context)


def actor(sheet: FactSheet, record: Actor, prose: Prose) -> Page:
    context = dict(
        actor=record,
        prose=prose.entities.get(f"actors/{record.id}", ""),
        statements=queries.spoken_by(sheet, record),
        mentioned=queries.mentioning(sheet, record),
    )
    return Page(path_of(record), "actor.md.j2", context)


def topic(sheet: FactSheet, record: Topic, prose: Prose) -> Page:
    context = dict(
        topic=record,
        prose=prose.entities.get(f"topics/{record.id}", ""),
        groups=queries.latest_by_stance(sheet, record),
        unknown_order=queries.order_not_known(sheet, record),
        statements=queries.on_topic(sheet, record),
    )
    return Page(path_of(record), "topic.md.j2", context)
