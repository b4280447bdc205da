"""pipeline.py: check, then write only what changed, atomically; nothing at all when no input
changed; the editors' schemas beside; a failed check writes nothing."""

from __future__ import annotations

import pytest
from conftest import HAND_WRITTEN_DOCS, SHEET, copy_project, snapshot

from generator.build.pipeline import Options, Paths, build, check
from generator.data.errors import DataError
from generator.data.load import Readings


@pytest.fixture
def project(tmp_path):
    root = copy_project(tmp_path)
    return root, Paths(root / "data", root / "content", root / "docs", schema=root / "schema")


def test_a_first_build_writes_every_page_then_a_second_writes_nothing(project):
    _, paths = project
    first = build(paths)
    assert len(first.written) > 20 and first.removed == () and first.unchanged == 0
    pages = snapshot(paths.docs)
    again = build(paths)
    assert (again.written, again.removed, again.unchanged) == ((), (), len(first.written))
    assert snapshot(paths.docs) == pages


def test_the_editors_schemas_are_written_from_the_data_checked(project):
    _, paths = project
    build(paths)
    assert sorted(p.name for p in paths.schema.glob("*.json")) == [
        "actors.schema.json", "countries.schema.json", "sources.schema.json", "statements.schema.json",
        "topics.schema.json"]


def _edited_equals_full(paths: Paths, full: Paths) -> None:
    """Check that what docs/ holds (an edit's build: pages, downloads, search index) equals a full
    build's, in both editions; the generator's own dot files and the hand-written scripts and
    styles (the full build's docs/ has none) aside."""
    build(full)
    files = lambda docs: {p.relative_to(docs): p.read_bytes() for p in docs.rglob("*") if p.is_file()
                          and not p.name.startswith(".") and not set(p.parts) & set(HAND_WRITTEN_DOCS)}
    assert files(paths.docs).keys() == files(full.docs).keys()
    assert files(paths.docs) == files(full.docs)


def test_an_edit_rewrites_only_what_shows_it_in_each_edition(project, tmp_path):
    _, paths = project
    build(paths)
    actors = paths.data / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8").replace("name: Anna Berg", "name: Anna Berg-Lind"),
                      encoding="utf-8")
    report = build(paths)
    assert {"actors/anna-berg.md", "uk/actors/anna-berg.md"} <= set(report.written)
    assert "about.md" not in report.written and "uk/about.md" not in report.written
    assert 0 < len(report.written) <= report.unchanged
    _edited_equals_full(paths, Paths(paths.data, paths.content, tmp_path / "full"))


def test_a_name_that_moves_a_person_to_another_part_in_another_alphabet_moves_them_there(project, tmp_path,
                                                                                          monkeypatch):
    from generator.site import plan
    monkeypatch.setattr(plan, "NAMES_PAGE", 2)  # the people's index in parts of two names
    _, paths = project
    build(paths)
    assert (paths.docs / "uk" / "actors" / "index" / "2.md").is_file()
    actors = paths.data / "actors.yaml"  # first in English, last in Ukrainian: its English part alone changes
    actors.write_text(actors.read_text(encoding="utf-8").replace(
        "name: Anna Berg", "name: {en: Anna Berg, uk: Анна Берг}"), encoding="utf-8")
    build(paths)
    last = sorted((paths.docs / "uk" / "actors" / "index").glob("*.md"))[-1].read_text(encoding="utf-8")
    assert "Анна Берг" in last
    _edited_equals_full(paths, Paths(paths.data, paths.content, tmp_path / "full"))


def test_an_editions_own_prose_edited_makes_that_edition_again(project, tmp_path):
    root, paths = project
    build(paths)
    about = root / "content" / "uk" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\nЩе одне речення.\n", encoding="utf-8")
    report = build(paths)
    assert "uk/about.md" in report.written and "about.md" not in report.written
    assert "Ще одне речення." in (paths.docs / "uk" / "about.md").read_text(encoding="utf-8")
    _edited_equals_full(paths, Paths(paths.data, paths.content, tmp_path / "full"))


def test_a_failed_check_raises_every_problem_and_leaves_docs_as_it_was(project):
    _, paths = project
    build(paths)
    before = snapshot(paths.docs)
    topics = paths.data / "topics.yaml"
    topics.write_text("- id: Not An Id\n", encoding="utf-8")
    with pytest.raises(DataError) as error:
        build(paths)
    assert {p.location.file.rpartition("/")[2] for p in error.value.problems} >= {"topics.yaml", "statements.yaml"}
    assert snapshot(paths.docs) == before


def test_readings_kept_between_builds_give_the_same_sheet(project):
    _, paths = project
    readings = Readings()
    first, _ = check(paths, readings)
    second, _ = check(paths, readings)
    assert [s.id for s in first.statements] == [s.id for s in second.statements]
    assert second.statements[0].written_at == first.statements[0].written_at
    build(paths, Options(readings=readings))
    assert (paths.docs / "index.md").is_file()


def test_the_prose_may_link_only_to_pages_the_site_will_have(tmp_path):
    root = copy_project(tmp_path, SHEET)
    about = root / "content" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\nSee [nobody](actors/nobody.md).\n", encoding="utf-8")
    with pytest.raises(DataError) as error:
        check(Paths(root / "data", root / "content"))
    assert [p.message for p in error.value.problems] == [
        "the link `actors/nobody.md` points to no page of the site; did you mean `actors/ivan-nobody.md`?"]


def test_a_fact_sheet_without_statements_builds_and_says_so(tmp_path):
    """Every record but the statements: `check` passes it, so the build must too."""
    root = copy_project(tmp_path)
    for path in (root / "data" / "statements").glob("*.yaml"):
        path.unlink()
    (root / "data" / "statements" / "none.yaml").write_text("[]\n", encoding="utf-8")
    paths = Paths(root / "data", root / "content", root / "docs")
    build(paths)
    assert "The fact sheet records no statement yet." in (paths.docs / "timeline.md").read_text(encoding="utf-8")
