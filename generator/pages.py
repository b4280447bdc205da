"""The plan: one function per page kind → Page(path, template, context). Nothing is rendered here."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator import views
from generator.content import Prose
from generator.model import Actor, Country, FactSheet, Source, Statement, Topic

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
    """Every page of the site."""
    pages = [home(sheet, prose), about(prose), timeline(sheet), sources(sheet)]
    pages += [Page("countries/index.md", "countries.md.j2", dict(sheet=sheet))]
    pages += [Page("actors/index.md", "actors.md.j2", dict(sheet=sheet))]
    pages += [Page("topics/index.md", "topics.md.j2", dict(sheet=sheet))]
    pages += [country(sheet, c, prose) for c in sheet.countries]
    pages += [actor(sheet, a, prose) for a in sheet.actors]
    pages += [topic(sheet, t, prose) for t in sheet.topics]
    return pages


def home(sheet: FactSheet, prose: Prose) -> Page:
    rows = [(c, [views.cell(sheet, c, t) for t in sheet.topics]) for c in sheet.countries]
    rows = [(c, cells) for c, cells in rows if any(cells)]
    dated = [s for s in sheet.statements if not s.date.before]
    key_dates = list(reversed(dated))[:KEY_DATES]
    context = dict(sheet=sheet, intro=prose.index, rows=rows, key_dates=key_dates)
    return Page("index.md", "home.md.j2", context)


def about(prose: Prose) -> Page:
    return Page("about.md", "about.md.j2", dict(text=prose.about))


def timeline(sheet: FactSheet) -> Page:
    return Page("timeline.md", "timeline.md.j2", dict(months=views.months(list(sheet.statements))))


def sources(sheet: FactSheet) -> Page:
    listed = [(s, views.citing(sheet, s.id)) for s in sheet.sources]
    return Page("sources.md", "sources.md.j2", dict(sources=listed))


def country(sheet: FactSheet, record: Country, prose: Prose) -> Page:
    positions = [views.on_topic(sheet, record, t) for t in sheet.topics]
    context = dict(
        country=record,
        prose=prose.entities.get(f"countries/{record.id}", ""),
        positions=[p for p in positions if p.own or p.reported],
        silent=[p.topic for p in positions if not (p.own or p.reported)],
        statements=views.by_people_of(sheet, record),
        actors=[a for a in sheet.actors if a.country == record],
    )
    return Page(path_of(record), "country.md.j2", context)


def actor(sheet: FactSheet, record: Actor, prose: Prose) -> Page:
    context = dict(
        actor=record,
        prose=prose.entities.get(f"actors/{record.id}", ""),
        statements=views.spoken_by(sheet, record),
        mentioned=views.mentioning(sheet, record),
    )
    return Page(path_of(record), "actor.md.j2", context)


def topic(sheet: FactSheet, record: Topic, prose: Prose) -> Page:
    context = dict(
        topic=record,
        prose=prose.entities.get(f"topics/{record.id}", ""),
        groups=views.by_stance(sheet, record),
        statements=[s for s in sheet.statements if s.topic == record],
    )
    return Page(path_of(record), "topic.md.j2", context)
