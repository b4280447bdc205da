"""hooks.py: in `mkdocs serve --dirty`, an edit to the prose makes every built page older than
its source, so that MkDocs rebuilds them all (and checks the prose's links against every page)."""

from __future__ import annotations

import pytest

from generator import hooks


@pytest.fixture
def served(tmp_path):
    """A content folder and a built site with two pages, and a hook of its own."""
    content, site = tmp_path / "content", tmp_path / "site"
    content.mkdir()
    (content / "index.md").write_text("Welcome.\n", encoding="utf-8")
    for page in ("index.html", "actors/a/index.html"):
        (site / page).parent.mkdir(parents=True, exist_ok=True)
        (site / page).write_text("<html></html>", encoding="utf-8")
    return content, site, hooks.FactSheetHook()


def _times(site):
    return {p.relative_to(site).as_posix(): p.stat().st_mtime for p in site.rglob("*.html")}


def test_prose_unchanged_leaves_every_page_as_built(served):
    content, site, hook = served
    hook._rebuild_all_if_prose_changed(content, site)
    before = _times(site)
    hook._rebuild_all_if_prose_changed(content, site)
    assert _times(site) == before
    assert all(t > 0 for t in before.values())


@pytest.mark.parametrize("edit", ["change", "add", "remove"])
def test_prose_edited_makes_every_page_older_than_its_source(served, edit):
    content, site, hook = served
    hook._rebuild_all_if_prose_changed(content, site)
    if edit == "change":
        (content / "index.md").write_text("Welcome, reader.\n", encoding="utf-8")
    elif edit == "add":
        (content / "about.md").write_text("About.\n", encoding="utf-8")
    else:
        (content / "index.md").unlink()
    hook._rebuild_all_if_prose_changed(content, site)
    assert _times(site) == {"index.html": 0, "actors/a/index.html": 0}
