"""The whole pipeline, in order: load and validate → read prose → plan → render → write.

The model and every page are complete in memory before the first file is written, so a
problem anywhere leaves docs/ exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator import content
from generator.model import FactSheet
from generator.pages import plan
from generator.render import render
from generator.validate import validate
from generator.write import Report, write


@dataclass(frozen=True)
class Paths:
    """Where the data and prose are read from and the pages written to."""

    data: Path = Path("data")
    content: Path = Path("content")
    docs: Path = Path("docs")


def load(paths: Paths) -> tuple[FactSheet, content.Prose]:
    """Load and validate the data, then the prose; raise DataError with every problem found."""
    sheet = validate(paths.data)
    return sheet, content.read(paths.content, sheet)


def check(paths: Paths) -> FactSheet:
    """Everything `build` checks, writing nothing."""
    return load(paths)[0]


def build(paths: Paths) -> Report:
    """Check, then write every page into paths.docs."""
    sheet, prose = load(paths)
    return write(render(plan(sheet, prose)), paths.docs)
