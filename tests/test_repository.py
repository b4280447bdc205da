"""repository.py: each statement's Edit and Suggest-a-correction links, from the environment."""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import pytest
from conftest import SHEET

from generator.build.pipeline import read_sheet
from generator.data.errors import Location
from generator.data.load import load
from generator.site.plan import plan
from generator.site.render import render
from generator.site.repository import Repository, SettingError, from_environment


def test_no_repository_no_links():
    assert from_environment(Path("."), {}) is None


@pytest.mark.parametrize("named", ["newsroom/factsheet", "https://github.com/newsroom/factsheet/"])
def test_the_repository_is_named_by_the_environment(named):
    found = from_environment(Path("/p"), {"GITHUB_REPOSITORY": named, "SITE_URL": "https://example.org/s"})
    assert found == Repository("https://github.com/newsroom/factsheet", "main", Path("/p"), "https://example.org/s/")


def test_factsheet_repository_wins_and_a_bad_one_is_an_error_not_a_silent_gap():
    env = {"FACTSHEET_REPOSITORY": "ours/sheet", "GITHUB_REPOSITORY": "theirs/sheet", "FACTSHEET_BRANCH": "live"}
    assert from_environment(Path("."), env).url == "https://github.com/ours/sheet"
    assert from_environment(Path("."), env).branch == "live"
    with pytest.raises(SettingError, match="not a GitHub repository"):
        from_environment(Path("."), {"FACTSHEET_REPOSITORY": "javascript:alert(1)"})


def test_the_edit_link_opens_the_record_at_its_line_and_only_inside_the_project(tmp_path):
    repo = Repository("https://github.com/o/r", "main", tmp_path)
    inside = tmp_path / "data" / "statements" / "a b.yaml"
    assert repo.edit(Location(str(inside), 12, 7)) == "https://github.com/o/r/blob/main/data/statements/a%20b.yaml#L12"
    assert repo.edit(Location("/elsewhere/x.yaml", 3, 7)) == ""


def test_the_correction_link_fills_in_the_issue_form():
    repo = Repository("https://github.com/o/r", "main", Path("."), "https://example.org/")
    link = urllib.parse.urlsplit(repo.correction("doe-said", "actors/jane-doe/#doe-said", "We & <they> said \"no\"."))
    fields = dict(urllib.parse.parse_qsl(link.query))
    assert link.path == "/o/r/issues/new"
    assert fields == {"template": "correction.yml", "title": "Correction: doe-said", "statement": "doe-said",
                      "address": "https://example.org/actors/jane-doe/#doe-said", "words": "We & <they> said \"no\"."}


def test_every_statement_in_full_links_to_its_record_and_to_a_correction(tmp_path):
    sheet = read_sheet(SHEET / "data")
    repo = Repository("https://github.com/o/r", "main", SHEET)
    pages = render(plan(sheet, load(SHEET / "data", SHEET / "content").prose), repository=repo)
    for s in sheet.statements:
        page = pages[f"actors/{s.speaker.id}.md"]
        line = s.written_at.line
        assert f'href="https://github.com/o/r/blob/main/data/statements/statements.yaml#L{line}"' in page
        lines = (SHEET / "data" / "statements" / "statements.yaml").read_text().splitlines()
        assert lines[line - 1] == f"- id: {s.id}"
        assert f"statement={s.id}&amp;" in page
    assert "github.com" not in "".join(render(plan(sheet, load(SHEET / "data", SHEET / "content").prose)).values())


def test_the_corrections_page_says_where_to_report_and_who_publishes():
    sheet = read_sheet(SHEET / "data")
    repo = Repository("https://github.com/o/r", "main", SHEET)
    page = render([p for p in plan(sheet, load(SHEET / "data", SHEET / "content").prose)
                   if p.path == "corrections.md"], repository=repo)["corrections.md"]
    report = "https://github.com/o/r/issues/new?template=correction.yml"
    assert f'<a href="{report}">correction request on GitHub</a>' in page
    assert 'maintainers of the public repository <a href="https://github.com/o/r">o/r</a>' in page
    without = render([p for p in plan(sheet, load(SHEET / "data", SHEET / "content").prose)
                      if p.path == "corrections.md"])["corrections.md"]
    assert "github.com" not in without and "built without that repository's address" in without
