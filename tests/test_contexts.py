"""contexts.py: what each page kind's template receives, and the decisions made there rather
than in the template (a map outline's fill and spoken name, each page's description)."""

from __future__ import annotations

import dataclasses

from conftest import SHEET

from generator.build.pipeline import Paths, check
from generator.site import queries
from generator.site.contexts import AboutPage, MapEntry, TimelinePage
from generator.site.plan import plan

SHEET_MODEL, LOADED = check(Paths(SHEET / "data", SHEET / "content"))
PLANNED = {p.path: p for p in plan(SHEET_MODEL, LOADED.prose)}


def by_id(records, record_id):
    return next(r for r in records if r.id == record_id)


def entry(country_id: str, topic_id: str = "membership") -> MapEntry:
    country, topic = by_id(SHEET_MODEL.countries, country_id), by_id(SHEET_MODEL.topics, topic_id)
    return MapEntry(country, queries.positions_on(SHEET_MODEL, country, topic).latest, True, None)


def test_a_map_entry_is_filled_by_its_latest_position():
    assert entry("ua").fill == "fs-map-stance" and not entry("ua").reported
    assert entry("de").fill == "fs-map-stance"
    assert entry("ru").fill == "fs-map-none" and entry("ru").latest is None


def test_a_map_entry_says_whose_position_it_shows_and_how_it_was_hedged():
    topic = by_id(SHEET_MODEL.topics, "membership")
    assert entry("ru").name_on(topic) == "Russia: no statement recorded on Membership"
    assert entry("ru").name_on(None) == "Russia: no statement recorded"
    reported = next(e for e in (entry(c.id) for c in SHEET_MODEL.countries) if e.reported)
    assert (f" ({reported.qualifiers})" if reported.qualifiers else "") + ", as others report it: " in (
        reported.name_on(topic))
    assert reported.name_on(topic).endswith(f"{reported.latest.statements[0].speaker.name}, "
                                            f"{reported.latest.statements[0].date.words}")
    assert ", its own position" in entry("ua").name_on(topic)


def test_unknown_order_names_every_candidate_stance():
    unsettled = [e for e in (entry(c.id) for c in SHEET_MODEL.countries) if e.latest and not e.latest.order_known]
    assert unsettled, "the fixture has a country whose latest statements overlap in date"
    name = unsettled[0].name_on(by_id(SHEET_MODEL.topics, "membership"))
    assert "order not known (" in name and " or " in name


def test_every_page_has_a_template_its_variables_and_a_plain_text_description():
    for page in PLANNED.values():
        assert page.context.template.endswith(".md.j2")
        worked_out = {"axis"} if isinstance(page.context, TimelinePage) else set()  # from its fields, when rendered
        assert page.context.variables().keys() == {f.name for f in dataclasses.fields(page.context)} | worked_out
        assert "<" not in page.context.description and "\n" not in page.context.description
    assert AboutPage(LOADED.prose.about).description == ""
    assert PLANNED["countries/ua.md"].context.description
