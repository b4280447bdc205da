"""The hand-written prose under content/: the introduction, the about page, per-entity notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup

from generator.errors import DataError, Location, Problem
from generator.model import FactSheet
from generator.yamlload import display_path

ENTITY_FOLDERS = {"countries": "country", "actors": "actor", "topics": "topic"}
"""Folders of per-entity prose, with the kind of record each is named after."""


@dataclass(frozen=True)
class Prose:
    """Hand-written Markdown, trusted as Markdown (it is not data)."""

    index: Markup
    about: Markup
    entities: dict[str, Markup] = field(default_factory=dict)
    """By `folder/id`, e.g. `countries/ua`."""


def read(content_dir: Path, sheet: FactSheet) -> Prose:
    """Read the prose; a note for an id the data does not have is an error, not ignored."""
    problems: list[Problem] = []
    pages = {name: _read(content_dir / f"{name}.md", problems) for name in ("index", "about")}
    known = {
        "countries": {c.id for c in sheet.countries},
        "actors": {a.id for a in sheet.actors},
        "topics": {t.id for t in sheet.topics},
    }
    entities = {}
    for folder in ENTITY_FOLDERS:
        for path in sorted((content_dir / folder).glob("*")):
            if path.suffix != ".md" or path.stem not in known[folder]:
                message = f"no {ENTITY_FOLDERS[folder]} has the id `{path.stem}`; prose files are named <id>.md"
                problems.append(Problem(Location(display_path(path)), message))
                continue
            entities[f"{folder}/{path.stem}"] = _read(path, problems)
    if problems:
        raise DataError(problems)
    return Prose(pages["index"], pages["about"], entities)


def _read(path: Path, problems: list[Problem]) -> Markup:
    try:
        return Markup(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as error:
        problems.append(Problem(Location(display_path(path)), f"cannot read the prose file: {error}"))
        return Markup("")
