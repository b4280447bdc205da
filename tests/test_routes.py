"""routes.py: where every page and record lives, and the links between them."""

from __future__ import annotations

import pytest
from conftest import SHEET

from generator.build.pipeline import Paths, check
from generator.site.plan import plan, routes_of
from generator.site.routes import FIXED_PAGES, Routes, markdown_link, pages_for, part_paths, served, site_link

SHEET_MODEL, LOADED = check(Paths(SHEET / "data", SHEET / "content"))
PLANNED = plan(SHEET_MODEL, LOADED.prose)


def test_the_fixed_pages_are_exactly_the_pages_that_do_not_depend_on_the_data():
    entity = ("countries/", "actors/", "topics/", "timeline/", "sources/")
    fixed = {p.path for p in PLANNED if not p.path.startswith(entity) or p.path.endswith("/index.md")}
    assert fixed == set(FIXED_PAGES)


def test_every_planned_page_of_a_record_is_one_the_prose_may_link_to():
    ids = {"country": [c.id for c in SHEET_MODEL.countries], "actor": [a.id for a in SHEET_MODEL.actors],
           "topic": [t.id for t in SHEET_MODEL.topics]}
    possible = pages_for(ids)
    planned = {p.path for p in PLANNED if not p.path.startswith(("timeline/", "sources/", "topics/membership/"))}
    assert planned <= possible
    assert "countries/ua.md" in possible and "actors/no-such-actor.md" not in possible


def test_each_record_has_one_path_and_a_source_is_on_the_part_of_the_list_that_shows_it():
    routes = routes_of(PLANNED)
    statement, source = SHEET_MODEL.statements[0], SHEET_MODEL.sources[0]
    assert routes.path_of(statement) == f"actors/{statement.speaker.id}.md#{statement.id}"
    assert routes.path_of(source) == f"sources.md#{source.id}"
    assert Routes({source.id: "sources/2.md"}).path_of(source) == f"sources/2.md#{source.id}"
    with pytest.raises(TypeError):
        routes.path_of("not a record")


def test_parts_of_a_long_list_keep_the_first_address():
    assert part_paths("timeline.md", 3) == ["timeline.md", "timeline/2.md", "timeline/3.md"]


@pytest.mark.parametrize(("path", "page", "markdown", "site"), [
    ("countries/ua.md", "index.md", "countries/ua.md", "countries/ua/"),
    ("countries/ua.md", "countries/ua.md", "ua.md", "./"),
    ("index.md", "actors/a.md", "../index.md", "../../"),
    ("actors/a.md#said-x", "timeline/2.md", "../actors/a.md#said-x", "../../actors/a/#said-x"),
    ("countries/index.md", "topics/t.md", "../countries/index.md", "../../countries/"),
])
def test_links_from_a_page_as_markdown_writes_them_and_as_the_site_serves_them(path, page, markdown, site):
    assert markdown_link(path, page) == markdown
    assert site_link(path, page) == site


def test_a_fragment_that_is_not_an_id_is_refused():
    with pytest.raises(ValueError, match="not an id"):
        site_link("actors/a.md#x\" onclick=\"y", "index.md")


@pytest.mark.parametrize(("link", "page", "site", "target"), [
    ("../countries/ua.md#s-1", "actors/a.md", "../../countries/ua/#s-1", "countries/ua.md"),
    ("a.md#s-1", "actors/a.md", "./#s-1", "actors/a.md"),
    ("actors/index.md", "index.md", "actors/", "actors/index.md"),
    ("../index.md", "timeline/2.md", "../../", "index.md"),
])
def test_a_link_as_the_generator_writes_it_is_served_at_the_address_markdown_would_give(link, page, site, target):
    assert served(link, page) == (site, target)
