"""The plan: one function per page kind → Page(path, context). Nothing is rendered here."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from generator.data.load import Prose
from generator.data.model import ACTOR_KINDS, Actor, Country, FactSheet, Source, Topic
from generator.site import colours, i18n, queries, worldmap
from generator.site.contexts import (
    AboutPage,
    ActorPage,
    ActorsPage,
    Context,
    CorrectionsPage,
    CountriesPage,
    CountryPage,
    HomePage,
    MapEntry,
    MapPage,
    MapView,
    Part,
    SourceEntry,
    SourcesPage,
    TimelinePage,
    TopicPage,
    TopicsPage,
    TopicSummary,
)
from generator.site.i18n import N_, _, date, text
from generator.site.routes import Routes, page_of, part_paths

KEY_DATES = 8
WORDS_UP_TO = 50
"""A country's people's statements at most that its page shows with their words (each is in
full on its speaker's page): beyond, their lines alone keep the page light."""
LINES_UP_TO = 100
"""A country's people's statements at most that its page lists, the newest (the last in date
order, by their last possible day): every one of them is on its speaker's page, which the
page's list of the country's people links to."""
PAGE_SIZE = 200
"""Lines at most on one page of a list that grows with the data (timeline, topic, sources): a
page of them in Ukrainian stays under 300 KB."""
NAMES_PAGE = 1000
"""Names at most on one page of the list of people and organisations (a short line each)."""
ACTOR_HEADINGS = {"person": N_("People"), "organization": N_("Organisations"), "media": N_("Media")}


@dataclass(frozen=True)
class Page:
    """One page to generate: where it goes under docs/, and what its template receives."""

    path: str
    context: Context


def routes_of(pages: list[Page]) -> Routes:
    """The routes of the planned pages: which part of the sources list each source is on."""
    return Routes({e.source.id: p.path for p in pages if isinstance(p.context, SourcesPage) for e in p.context.sources})


def plan(sheet: FactSheet, prose: Prose) -> list[Page]:
    """Every page of the site. Actors and countries with nothing to show get no page."""
    return [page for make in planners(sheet, prose).values() for page in make()]


def planners(sheet: FactSheet, prose: Prose) -> dict[str, Callable[[], list[Page]]]:
    """What plans each page of the site (or each run of pages: a list in parts), by a name that
    is the same in every edition, as are the paths of the pages each plans. An edition in another
    language plans again only those whose English pages changed (build/pipeline.py)."""
    found: dict[str, Callable[[], list[Page]]] = {
        "home": lambda: [home(sheet, prose)], "about": lambda: [Page("about.md", AboutPage(_written(prose, "about")))],
        "map": lambda: [world_map(sheet)], "timeline": lambda: timeline(sheet), "sources": lambda: sources(sheet),
        "countries": lambda: [countries(sheet)], "actors": lambda: actors(sheet), "topics": lambda: [topics(sheet)],
        "corrections": lambda: [corrections(sheet)]}
    found |= {page_of(c): functools.partial(_one, country, sheet, c, prose) for c in queries.published_countries(sheet)}
    found |= {page_of(a): functools.partial(_one, actor, sheet, a, prose) for a in queries.published_actors(sheet)}
    found |= {page_of(t): functools.partial(topic, sheet, t, prose) for t in sheet.topics}
    return found


ORDERED_BY_NAME = frozenset({"actors"})
"""Planners whose parts divide their records in the alphabetical order of the edition's language:
a record's part may differ from one edition to the next."""


def _one(make: Callable[[FactSheet, Any, Prose], Page], sheet: FactSheet, record: object, prose: Prose) -> list[Page]:
    return [make(sheet, record, prose)]


def _parts(base: str, labels: list[str]) -> list[Part]:
    paths = part_paths(base, len(labels))
    return [Part(n, path, label) for n, (path, label) in enumerate(zip(paths, labels, strict=True), 1)]


def home(sheet: FactSheet, prose: Prose) -> Page:
    """The answer first (each topic's countries by stance), then the table, then key dates."""
    summaries = [summary for t in sheet.topics if (summary := _summary(sheet, t))]
    topics = [s.topic for s in summaries]
    rows = [(c, [queries.positions_on(sheet, c, t).latest for t in topics]) for c in i18n.alphabetical(sheet.countries)]
    rows = [(c, cells) for c, cells in rows if any(cells)]
    shown = {id(t) for t in topics}
    silent = [t for t in sheet.topics if id(t) not in shown]
    return Page("index.md", HomePage(_written(prose, "index"), summaries, silent, topics, rows,
                                     queries.key_dates(sheet, KEY_DATES)))


def _summary(sheet: FactSheet, topic: Topic) -> TopicSummary | None:
    groups = [(st, found) for st, found in queries.latest_by_stance(sheet, topic) if found]
    unknown = queries.order_not_known(sheet, topic)
    latest = queries.latest_date([pair for _, found in groups for pair in found] + unknown)
    return TopicSummary(topic, groups, unknown, latest) if latest else None


def world_map(sheet: FactSheet) -> Page:
    """The first topic's latest positions on a map, framed on the countries that have one; where
    some of them lie close together and far from the rest, a detail of those follows."""
    topic = sheet.topics[0] if sheet.topics else None
    entries = [MapEntry(c, queries.positions_on(sheet, c, topic).latest if topic else None,
                        queries.is_published(sheet, c),
                        worldmap.shape_of(c.id)) for c in sheet.countries]
    framed = [e.country.id for e in entries if e.latest] or [e.country.id for e in entries]
    groups = worldmap.clusters(framed)
    overview = worldmap.frame(framed)
    detail = groups[0] if len(groups) > 1 and len(groups[0]) > 1 else []
    if detail and worldmap.frame(detail).width > overview.width / 2:
        detail = []  # hardly larger than in the overview: not worth a second drawing
    views = [_map_view(_("The map"), overview, entries, {e.country.id for e in entries} - set(detail))]
    if detail:
        views.append(_map_view(_("Detail"), worldmap.frame(detail), entries, set(detail)))
    return Page("map.md", MapPage(topic, entries, views, colours.stance_classes(topic) if topic else {}))


def _map_view(title: str, frame: worldmap.Frame, entries: list[MapEntry], linked: set[str]) -> MapView:
    drawn = [e for e in entries if e.shape and frame.holds(e.shape.bbox)]
    return MapView(title, frame, worldmap.land_in(frame, [e.country.id for e in entries]), tuple(sorted(linked)), drawn)


def corrections(sheet: FactSheet) -> Page:
    return Page("corrections.md", CorrectionsPage(queries.corrections_newest_first(sheet)))


def timeline(sheet: FactSheet) -> list[Page]:
    chunks = queries.periods_in_parts(sheet.statements, PAGE_SIZE)
    parts = _parts("timeline.md", [_span(c[0].heading, c[-1].heading) if c else _("no statement yet") for c in chunks])
    classes = {t.id: colours.stance_classes(t) for t in sheet.topics}
    return [Page(part.path, TimelinePage(chunk, parts, part.number, sheet.topics, classes))
            for part, chunk in zip(parts, chunks, strict=True)]


def sources(sheet: FactSheet) -> list[Page]:
    entries = [SourceEntry(s, queries.citing(sheet, s), queries.occasions_reported_in(sheet, s),
                           queries.not_recorded(s),
                           [(c, queries.is_published(sheet, c)) for c in queries.countries_citing(sheet, s)])
               for s in sheet.sources]
    chunks = queries.pack(entries, PAGE_SIZE, lambda e: 1 + len(e.occasions) + len(e.countries))
    parts = _parts("sources.md", [_span(_source_label(c[0].source), _source_label(c[-1].source)) if c
                                  else _("no source yet") for c in chunks])
    return [Page(part.path, SourcesPage(chunk, parts, part.number)) for part, chunk in zip(parts, chunks, strict=True)]


def _span(first: str, last: str) -> str:
    return first if first == last else f"{first} – {last}"


def _source_label(source: Source) -> str:
    return source.title or (date(source.date) if source.date else source.id)


def countries(sheet: FactSheet) -> Page:
    listed = [(c, len(queries.about_country(sheet, c))) for c in queries.published_countries(sheet)]
    unpublished = [c for c in i18n.alphabetical(sheet.countries) if not queries.is_published(sheet, c)]
    return Page("countries/index.md", CountriesPage(listed, unpublished))


def actors(sheet: FactSheet) -> list[Page]:
    """People, then organisations, then media, in parts of at most NAMES_PAGE names; those with
    nothing to show named on the last."""
    published = queries.published_actors(sheet)
    chunks = queries.pack([a for kind in ACTOR_KINDS for a in published if a.kind == kind], NAMES_PAGE)
    unpublished = [a for a in i18n.alphabetical(sheet.actors) if a not in published]
    parts = _parts("actors/index.md", [_span(text(c[0].name), text(c[-1].name)) if c else _("no one yet")
                                       for c in chunks])
    return [Page(part.path, ActorsPage(_by_kind(chunk), unpublished if part.number == len(parts) else [], parts,
                                       part.number)) for part, chunk in zip(parts, chunks, strict=True)]


def _by_kind(listed: list[Actor]) -> list[tuple[str, str, list[Actor]]]:
    groups = [(kind, _(ACTOR_HEADINGS[kind]), [a for a in listed if a.kind == kind]) for kind in ACTOR_KINDS]
    return [g for g in groups if g[2]]


def topics(sheet: FactSheet) -> Page:
    return Page("topics/index.md", TopicsPage([(t, queries.count_for_topic(sheet, t)) for t in sheet.topics]))


def country(sheet: FactSheet, record: Country, prose: Prose) -> Page:
    positions = [queries.positions_on(sheet, record, t) for t in sheet.topics]
    said = queries.by_people_of(sheet, record)
    return Page(page_of(record), CountryPage(
        country=record,
        prose=_written(prose, f"countries/{record.id}"),
        positions=[p for p in positions if p.latest],
        silent=[p.topic for p in positions if not p.latest],
        statements=said[-LINES_UP_TO:],  # in date order, oldest first: the newest are the last
        older=max(0, len(said) - LINES_UP_TO),
        actors=queries.published_people_of(sheet, record),
        sources=queries.sources_for_country(sheet, record),
        words=len(said) <= WORDS_UP_TO,
    ))


def actor(sheet: FactSheet, record: Actor, prose: Prose) -> Page:
    statements = queries.spoken_by(sheet, record)
    return Page(page_of(record), ActorPage(record, _written(prose, f"actors/{record.id}"), statements,
                                           queries.mentioning(sheet, record)))


def topic(sheet: FactSheet, record: Topic, prose: Prose) -> list[Page]:
    statements = queries.on_topic(sheet, record)
    chunks = queries.pack(statements, PAGE_SIZE) if statements else [[]]
    starts = [sum(len(c) for c in chunks[:n]) for n in range(len(chunks))]
    parts = _parts(page_of(record), [_("statements %(first)s–%(last)s") % {"first": a + 1, "last": a + len(c)}
                                       for a, c in zip(starts, chunks, strict=True)])
    first = (queries.latest_by_stance(sheet, record), queries.order_not_known(sheet, record))
    return [Page(part.path, TopicPage(
        topic=record,
        prose=_written(prose, f"topics/{record.id}") if part.number == 1 else Markup(""),
        groups=first[0] if part.number == 1 else [],
        unknown_order=first[1] if part.number == 1 else [],
        statements=chunk, total=len(statements), parts=parts, current=part.number,
    )) for part, chunk in zip(parts, chunks, strict=True)]


def _written(prose: Prose, key: str) -> Markup:
    """Hand-written prose (content/; `key`: `index`, `about` or `countries/ua`) as the edition shows
    it: in an edition in another language, its own (content/uk/), else the English, marked as
    such (`lang="en"`, and `fs-fallback-prose`: said so, visibly), its Markdown read inside the mark
    (md_in_html)."""
    english = _text_of(prose, key)
    language = i18n.current().language
    if language == i18n.SOURCE:
        return english
    own = _text_of(prose.editions[language], key) if language in prose.editions else Markup("")
    if own or not english:
        return own
    return Markup('<div lang="en" class="fs-fallback-prose" markdown>\n\n') + english + Markup("\n\n</div>")


def _text_of(prose: Prose, key: str) -> Markup:
    return {"index": prose.index, "about": prose.about}.get(key) or prose.entities.get(key, Markup(""))
