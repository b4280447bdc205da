"""The loading stage (generator/load.py): which files are read for which records, the problems
of the files themselves, and the prose; nothing else is judged here."""

from __future__ import annotations

import pytest
from conftest import MINIMAL, SHEET, write_data

from generator.data.load import data_files, load, read_prose


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def test_files_by_record_type_in_reading_order_yml_included_to_be_refused(minimal):
    (minimal / "statements" / "two.yml").write_text("- id: x\n")
    files = data_files(minimal)
    assert list(files) == ["topic", "source", "country", "actor", "statement"]
    assert [p.name for p in files["statement"]] == ["one.yaml", "two.yml"]
    (document,) = [d for d in load(minimal).documents["statement"] if d.shown.endswith(".yml")]
    assert (document.records, [str(p) for p in document.problems]) == (
        None,
        ["data/statements/two.yml: rename the file to end in .yaml"],
    )


def test_a_missing_file_and_a_file_that_is_not_a_list(tmp_path):
    data = write_data(tmp_path / "data", {**MINIMAL, "topics.yaml": "id: x\n"})
    (data / "sources.yaml").unlink()
    documents = load(data).documents
    assert [str(p) for p in documents["source"][0].problems] == [
        "data/sources.yaml: missing: the source records belong here"
    ]
    assert [str(p) for p in documents["topic"][0].problems] == [
        "data/topics.yaml:1:1: the file must be a list of records, each starting with `- id:`"]


def test_prose_is_read_as_markdown_by_folder_and_id():
    prose = read_prose(SHEET / "content")
    assert prose.index.startswith("# Fixture fact sheet") and prose.entities == {
        "countries/ua": "Prose about Ukraine, written by hand.\n"
    }
    assert prose.problems == ()


def test_prose_that_cannot_be_read_is_a_problem_not_an_exception(tmp_path):
    write_data(tmp_path / "content", {"index.md": "x"})
    (tmp_path / "content" / "countries").mkdir()
    (tmp_path / "content" / "countries" / "ua.md").write_bytes("First line.\nSecond: caf\xe9\n".encode("latin-1"))
    prose = read_prose(tmp_path / "content")
    assert [str(p).removeprefix(str(tmp_path) + "/") for p in prose.problems] == [
        "content/about.md: cannot read the file: No such file or directory",
        "content/countries/ua.md:2:12: the file is not UTF-8 text; save it as UTF-8",
    ]
