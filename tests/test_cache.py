"""cache.py: after an edit to statement files a build reads only those files, and gets exactly
what reading everything gets, problems included."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from conftest import copy_project

from generator.build import cache, fingerprint
from generator.build import pipeline as pipeline
from generator.build.pipeline import Paths, check, check_since
from generator.data import load
from generator.data.errors import DataError
from generator.site import downloads
from generator.site.plan import plan


@pytest.fixture
def split(tmp_path, monkeypatch):
    """The fixture project with its statements in two files, a.yaml and b.yaml; the working
    folder is the project (messages show paths from there)."""
    project = copy_project(tmp_path)
    folder = project / "data" / "statements"
    records = (folder / "statements.yaml").read_text(encoding="utf-8").split("\n- id:")
    (folder / "statements.yaml").unlink()
    (folder / "a.yaml").write_text("\n- id:".join(records[:5]) + "\n", encoding="utf-8")
    (folder / "b.yaml").write_text("- id:" + "\n- id:".join(records[5:]), encoding="utf-8")
    monkeypatch.chdir(project)
    return project


def parsed(monkeypatch) -> list[str]:
    """The data files parsed from now on, as messages show them."""
    names = []
    real = load.yamlload.parse

    def parse(name, raw):
        names.append(name)
        return real(name, raw)

    monkeypatch.setattr(load.yamlload, "parse", parse)
    return names


def reading() -> cache.Reading:
    """The reading a full check of the working folder's project gives."""
    return check_since(Paths(), cache.NOTHING)[2]


def same(a, b) -> None:
    """Two fact sheets are the same: every download and every page's fingerprint, and where each
    statement is written."""
    assert downloads.files(a) == downloads.files(b)
    prose = load.read_prose(Paths().content)
    assert fingerprint.pages(plan(a, prose), "") == fingerprint.pages(plan(b, prose), "")
    assert dict(a.where) == dict(b.where)


def yaml_files(read: cache.Reading) -> list[str]:
    """The data files of a reading that are parsed as YAML (not the sources' stored texts)."""
    return sorted(f for f, (kind, _) in read.files.items() if kind != load.TEXT_KIND)


def edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


STATEMENTS = "data/statements"
EDITS = {
    "a quote": lambda: edit(_b(), "quote: We want guarantees now.", "quote: We want guarantees"),
    "a new statement": lambda: _b().write_text(_b().read_text() + "\n- id: added\n  date: 2025-01\n  speaker: "
                                               "anna-berg\n  topic: membership\n  stance: supports\n  voice: view\n"
                                               "  quote: Added.\n  source: gazette-envoys\n"),
    "a statement moved to another file": lambda: _move_first_of_b_to_a(),
    "a file removed": lambda: _b().unlink(),
    "a file renamed": lambda: _b().rename(_b().with_name("c.yaml")),
    "nothing": lambda: None,
}


def _b() -> Path:
    return Path(STATEMENTS) / "b.yaml"


def _move_first_of_b_to_a() -> None:
    first, rest = _b().read_text().split("\n- id:", 1)
    _b().write_text("- id:" + rest)
    a = Path(STATEMENTS) / "a.yaml"
    a.write_text(a.read_text() + "\n" + first + "\n")


@pytest.mark.parametrize("change", EDITS)
def test_reading_again_only_the_changed_statement_files_gives_the_full_reading(split, monkeypatch, change):
    before = reading()
    EDITS[change]()
    names = parsed(monkeypatch)
    sheet, _, after = check_since(Paths(), before)
    changed = {f for f in before.files.keys() | after.files.keys() if before.files.get(f) != after.files.get(f)}
    assert set(names) == {f for f in changed if f in after.files}
    assert all(f.startswith(STATEMENTS) for f in changed)
    full, _ = check(Paths())
    same(sheet, full)
    assert after.files == reading().files


def test_an_edit_to_one_statement_file_reads_only_that_file(split, monkeypatch):
    before = reading()
    edit(_b(), "quote: We want guarantees now.", "quote: We want guarantees")
    names = parsed(monkeypatch)
    check_since(Paths(), before)
    assert names == ["data/statements/b.yaml"]


def test_a_problem_in_a_changed_file_is_reported_as_reading_everything_reports_it(split):
    before = reading()
    first_of_a = (split / STATEMENTS / "a.yaml").read_text().split("- id: ", 1)[1].split("\n", 1)[0]
    first_of_b = _b().read_text().split("- id: ", 1)[1].split("\n", 1)[0]
    edit(_b(), f"- id: {first_of_b}", f"- id: {first_of_a}")
    edit(_b(), "speaker: ", "speaker: nobody-")
    with pytest.raises(DataError) as full:
        check(Paths())
    with pytest.raises(DataError) as since:
        check_since(Paths(), before)
    assert [str(p) for p in since.value.problems] == [str(p) for p in full.value.problems]
    assert any("already used" in str(p) for p in full.value.problems)


def test_an_edit_outside_the_statement_files_reads_everything(split, monkeypatch):
    before = reading()
    edit(split / "data" / "actors.yaml", "name: Anna Berg", "name: Anna Berg-Lund")
    names = parsed(monkeypatch)
    sheet, _, _ = check_since(Paths(), before)
    assert sorted(names) == yaml_files(before)
    assert "Anna Berg-Lund" in {a.name for a in sheet.actors}


def test_a_build_keeps_its_reading_with_the_pages_and_uses_it_next_time(split, monkeypatch):
    pipeline.build(Paths())
    kept = cache.recall(Paths().docs)
    assert kept.files == reading().files
    edit(_b(), "quote: We want guarantees now.", "quote: We want guarantees")
    names = parsed(monkeypatch)
    report = pipeline.build(Paths())
    assert names == ["data/statements/b.yaml"]
    assert report.written and ".factsheet-cache" not in report.written
    assert cache.recall(Paths().docs).files == reading().files


@pytest.mark.parametrize("damage", ["other code", "cut short", "not a cache"])
def test_a_cache_from_other_code_or_damaged_is_not_used(split, monkeypatch, damage):
    pipeline.build(Paths())
    path = Paths().docs / cache.FILE
    raw = path.read_bytes()
    if damage == "other code":
        monkeypatch.setattr(cache, "key", lambda: b"other code\n")
    else:
        path.write_bytes(raw[: len(raw) // 2] if damage == "cut short" else cache.key() + b"\x80\x05K\x01.")
    assert cache.recall(Paths().docs) is cache.NOTHING
    edit(_b(), "quote: We want guarantees now.", "quote: We want guarantees")
    names = parsed(monkeypatch)
    pipeline.build(Paths())
    assert sorted(names) == yaml_files(reading())


def test_an_edit_works_out_again_only_the_edited_statements_part_of_the_downloads(split, monkeypatch):
    pipeline.build(Paths())
    edit(_b(), "quote: We want guarantees now.", "quote: We want guarantees")
    made = []
    real = downloads.statement_record
    monkeypatch.setattr(downloads, "statement_record", lambda s: made.append(s.id) or real(s))
    pipeline.build(Paths())
    assert made == ["koval-guarantees-now"] * len(pipeline.LANGUAGES)  # once per edition


@pytest.mark.parametrize("damage", ["other code", "cut short", "not a memo"])
def test_a_memo_from_other_code_or_damaged_is_not_used(split, damage):
    pipeline.build(Paths())
    path = cache.memo_path(Paths().docs, "en", "downloads")
    raw = path.read_bytes()
    assert cache.recall_memo(path)
    if damage == "other code":
        path.write_bytes(b"other code\n" + raw[len(cache.key()):])
    else:
        path.write_bytes(raw[: len(raw) // 2] if damage == "cut short"
                         else cache.key() + pickle.dumps(["not", "a", "memo"]))
    assert cache.recall_memo(path) == {}
    edit(_b(), "quote: We want guarantees now.", "quote: We want guarantees")
    made = []
    real = downloads.statement_record
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(downloads, "statement_record", lambda s: made.append(s.id) or real(s))
        pipeline.build(Paths())
    assert len(made) == len(reading().sheet.statements) + 1  # every one in English, the edited one in Ukrainian
    assert cache.recall_memo(path)  # kept again


def test_a_memo_is_kept_beside_the_pages_not_among_them(split):
    pipeline.build(Paths())
    docs = Paths().docs
    for language in pipeline.LANGUAGES:
        for output in pipeline.OUTPUTS:
            assert cache.recall_memo(cache.memo_path(docs, language, output)), (language, output)
    assert not [p for p in docs.rglob("*memo*")]


def test_the_cache_stays_beside_the_pages_and_out_of_the_site(built_site):
    assert (built_site.parent / "docs" / cache.FILE).is_file()
    assert not any(p.name == cache.FILE for p in built_site.rglob("*"))
