"""changes.py: a pull request's summary of what changes for readers."""

from __future__ import annotations

import subprocess

from conftest import MINIMAL, minimal_statement, write_data

from generator import changes
from generator.build.pipeline import read_sheet


def _git(*args, cwd):
    subprocess.run(["git", "-c", "user.name=E", "-c", "user.email=e@example.org", *args], cwd=cwd, check=True,
                   capture_output=True)


def test_added_changed_and_removed_statements_are_listed_with_the_fields_that_changed(tmp_path, monkeypatch):
    data = write_data(tmp_path / "data", MINIMAL)
    (data / "statements" / "gone.yaml").write_text(minimal_statement(id="doe-gone"))
    _git("init", "--quiet", cwd=tmp_path)
    _git("add", ".", cwd=tmp_path)
    _git("commit", "--quiet", "-m", "base", cwd=tmp_path)
    (data / "statements" / "gone.yaml").unlink()
    (data / "statements" / "one.yaml").write_text(minimal_statement(stance="supports", quote="We said *yes*."))
    (data / "statements" / "new.yaml").write_text(minimal_statement(id="doe-new"))
    monkeypatch.chdir(tmp_path)
    found = changes.compare(changes.sheet_at("HEAD", data.relative_to(tmp_path)), read_sheet(data))
    assert [s.id for s in found.added] == ["doe-new"] and [s.id for s in found.removed] == ["doe-gone"]
    assert [(c.statement.id, c.fields) for c in found.changed] == [("doe-opposes", ("stance", "quote"))]
    text = changes.summary("HEAD", data.relative_to(tmp_path), read_sheet(data))
    assert text.splitlines()[:3] == ["## What changes for readers", "",
                                     "Against HEAD: 1 statement added, 1 changed, 1 removed."]
    assert "### Changed" in text and "changed: stance, quote" in text
    assert "*yes*" not in text  # data is escaped for Markdown


def test_a_revision_git_cannot_give_is_said_not_raised(tmp_path, monkeypatch):
    data = write_data(tmp_path / "data", MINIMAL)
    _git("init", "--quiet", cwd=tmp_path)
    monkeypatch.chdir(tmp_path)
    text = changes.summary("nosuch", data.relative_to(tmp_path), read_sheet(data))
    assert text.startswith("## What changes for readers\n\nNot compared against nosuch: git could not give")
