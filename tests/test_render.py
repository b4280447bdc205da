"""render.py: each planned page rendered once, the same in one process or shared by several."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import SHEET

from generator.build.pipeline import Paths, check
from generator.site import render as render_module
from generator.site.plan import plan
from generator.site.render import render

SHEET_MODEL, LOADED = check(Paths(SHEET / "data", SHEET / "content"))
PLANNED = plan(SHEET_MODEL, LOADED.prose)


def test_a_path_planned_twice_is_refused():
    with pytest.raises(ValueError, match=r"two pages planned for index\.md"):
        render([PLANNED[0], dataclasses.replace(PLANNED[0])])


def test_only_the_pages_asked_for_are_rendered_as_text_or_bytes():
    some = render(PLANNED, only={"index.md", "about.md"})
    assert some.keys() == {"index.md", "about.md"}
    encoded = render(PLANNED, only={"index.md"}, encoded=True)
    assert encoded["index.md"] == some["index.md"].encode("utf-8")


def test_forked_workers_render_exactly_what_one_process_renders(monkeypatch):
    alone = render(PLANNED)
    monkeypatch.setattr(render_module, "PARALLEL_FROM", 1)
    assert render(PLANNED, workers=2) == alone


def test_links_are_relative_to_the_page_being_rendered():
    pages = render(PLANNED, only={"index.md", "countries/ua.md"})
    assert "](countries/ua.md)" in pages["index.md"] or 'href="countries/ua.md"' in pages["index.md"]
    assert "](../actors/" in pages["countries/ua.md"] or 'href="../actors/' in pages["countries/ua.md"]
