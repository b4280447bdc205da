"""`python -m generator changes --base REF`: what a change to the data changes for readers, as
Markdown for a pull request's summary (GitHub Actions' GITHUB_STEP_SUMMARY): the statements
added, changed (and which of their fields) and removed, against the data at a git revision."""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.build.pipeline import read_sheet
from generator.data.errors import DataError
from generator.data.model import FactSheet, Statement
from generator.site import downloads
from generator.site.render import environment


@dataclass(frozen=True)
class Changed:
    """A statement in both fact sheets that differs, with the fields that differ."""

    statement: Statement
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Changes:
    """What differs between two fact sheets' statements, by id."""

    added: tuple[Statement, ...]
    changed: tuple[Changed, ...]
    removed: tuple[Statement, ...]


def compare(before: FactSheet, after: FactSheet) -> Changes:
    """The statements of `after` that `before` lacks, has otherwise, or has alone; compared as the
    JSON download gives them (every field a reader sees)."""
    old = {s.id: s for s in before.statements}
    new = {s.id: s for s in after.statements}
    changed = []
    for sid in old.keys() & new.keys():
        a, b = downloads.statement_record(old[sid]), downloads.statement_record(new[sid])
        fields = tuple(k for k in b if a.get(k) != b[k] and k not in downloads.DERIVED)
        if fields:
            changed.append(Changed(new[sid], fields))
    return Changes(tuple(s for s in after.statements if s.id not in old),
                   tuple(sorted(changed, key=lambda c: c.statement.id)),
                   tuple(s for s in before.statements if s.id not in new))


def sheet_at(revision: str, data: Path) -> FactSheet:
    """The fact sheet of the data folder as it was at a git revision (read from `git archive`);
    DataError where that data has problems, OSError or CalledProcessError where git cannot give it."""
    archive = subprocess.run(["git", "archive", "--format=tar", revision, "--", data.as_posix()],
                             capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory() as folder, tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
        return read_sheet(Path(folder) / data)


def summary(revision: str, data: Path, after: FactSheet) -> str:
    """The Markdown summary of the data's changes since `revision`."""
    try:
        before = sheet_at(revision, data)
    except subprocess.CalledProcessError as error:
        return _render(revision, None, f"git could not give the data at {revision}: "
                                       f"{error.stderr.decode(errors='replace').strip()}")
    except DataError as error:
        return _render(revision, None, f"the data at {revision} has {error.summary().removesuffix('.')}")
    return _render(revision, compare(before, after), "")


def _render(revision: str, changes: Changes | None, failure: str) -> str:
    template = environment().get_template("changes.md.j2")
    return template.render(revision=revision, changes=changes, failure=failure)
