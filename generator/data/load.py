"""The loading stage: every data file and prose file read, nothing judged but what reading needs.

Data files become located YAML nodes (yamlload.py) with the problems of the file itself (its
name, its syntax, a root that is not a list); the prose under content/ is read as Markdown.
validate.py then checks everything without touching a file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup

from generator.data import yamlload
from generator.data.errors import Location, Problem
from generator.data.languages import LANGUAGES
from generator.data.recordtypes import RECORD_TYPES
from generator.data.yamlload import Seq

ENTITY_FOLDERS = {"countries": "country", "actors": "actor", "topics": "topic"}
"""Folders of per-entity prose under content/, with the record type each file is named after."""
TEXTS = "texts"
"""The folder under data/ of the sources' stored texts: `texts/<source-id>.txt`."""
STATEMENTS_FOLDER = "statements"
TEXT_KIND = "text"
"""A stored text's kind among the data files' fingerprints (build/inputs.py)."""


@dataclass(frozen=True)
class Document:
    """One data file: its list of records (None where it could not be read) and its own problems."""

    shown: str
    """Its path as messages show it."""
    records: Seq | None
    problems: tuple[Problem, ...] = ()
    modified: float = 0.0
    """When the file was last changed: of two records with one id, the newer one is renamed."""
    digest: str = ""
    """The fingerprint of the bytes read (`file_digest`)."""


@dataclass(frozen=True)
class Prose:
    """Hand-written Markdown, trusted as Markdown (it is not data)."""

    index: Markup = Markup("")
    about: Markup = Markup("")
    entities: dict[str, Markup] = field(default_factory=dict)
    """By `folder/id`, e.g. `countries/ua`."""
    editions: dict[str, Prose] = field(default_factory=dict)
    """The prose written for another edition, by its language: `content/uk/`, laid out as
    content/ is, each file optional (an edition shows the English where it has none)."""
    files: dict[str, str] = field(default_factory=dict)
    """By `folder/id`: the file's path as messages show it."""
    pages: dict[str, tuple[str, Markup]] = field(default_factory=dict)
    """Every prose file read, by the page under docs/ that shows it: (its path as shown, its text)."""
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class StoredText:
    """What a source printed, as the fact sheet keeps it (`data/texts/<source-id>.txt`): the text
    its statements' quotes and excerpts are checked against."""

    shown: str
    """Its path as messages show it."""
    text: str
    """The text (empty where it could not be read: see `problems`)."""
    digest: str = ""
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Loaded:
    """Everything a build reads, before it is checked."""

    documents: dict[str, list[Document]]
    """By record type (`statement`), in reading order."""
    prose: Prose = Prose()
    texts: dict[str, StoredText] = field(default_factory=dict)
    """The sources' stored texts, by the file's name less `.txt` (a source id, if named right)."""
    stray: tuple[Problem, ...] = ()
    """Files under data/ that are no data file, each refused by name."""


def load(data_dir: Path, content_dir: Path | None = None, only: Collection[str] | None = None,
         readings: Readings | None = None) -> Loaded:
    """The data files (with `only`, just the files it names, as messages show them) and the prose;
    with `readings`, a data file unchanged since it was last read is not read again."""
    prose = read_prose(content_dir) if content_dir else Prose()
    return Loaded({name: [read_document(p, name, readings) for p in paths
                          if only is None or yamlload.display_path(p) in only]
                   for name, paths in data_files(data_dir).items()}, prose,
                  {} if only is not None else read_texts(data_dir),
                  () if only is not None else stray_problems(data_dir))


def file_digest(raw: bytes) -> str:
    """A data file's fingerprint: equal bytes, equal fingerprints."""
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


def data_files(data_dir: Path) -> dict[str, list[Path]]:
    """Which files hold which type of record, in reading order."""
    files = {}
    for name, record_type in RECORD_TYPES.items():
        pattern = record_type.file
        folder = data_dir / pattern.partition("/")[0]
        files[name] = _listed(folder) if "*" in pattern else [data_dir / pattern]
    return files


def _listed(folder: Path) -> list[Path]:
    """Every file directly in `folder` but hidden ones (an editor's swap files): one with another
    ending than `.yaml` is refused by name (read_document), never passed over."""
    return sorted(p for p in folder.glob("*") if not p.name.startswith(".") and not p.is_dir())


STRAY_KIND = "stray"
"""A file under data/ that is no data file's kind, among the data files' fingerprints."""


def stray_files(data_dir: Path) -> list[Path]:
    """Every file under data/ that is neither a data file nor a stored text (hidden ones aside)."""
    known = {p for paths in data_files(data_dir).values() for p in paths} | set(text_files(data_dir))
    return sorted(p for p in data_dir.rglob("*") if p.is_file() and p not in known
                  and not any(part.startswith(".") for part in p.relative_to(data_dir).parts))


def stray_problems(data_dir: Path) -> tuple[Problem, ...]:
    """Each stray file, by name: a file under data/ is read or refused, never passed over."""
    layout = "topics.yaml, sources.yaml, countries.yaml, actors.yaml, statements/*.yaml and texts/<source-id>.txt"
    problems = []
    for path in stray_files(data_dir):
        inside = path.relative_to(data_dir).parts
        if inside[0] in (STATEMENTS_FOLDER, TEXTS):
            message = f"the files of {inside[0]}/ are read only where they stand directly in it; move this one there"
        else:
            message = f"not a file of the fact sheet, which reads {layout}; move or delete it"
        problems.append(Problem(Location(yamlload.display_path(path)), message))
    return tuple(problems)


def text_files(data_dir: Path) -> list[Path]:
    """The sources' stored texts (and whatever else lies in their folder, to be refused by name)."""
    return sorted(p for p in (data_dir / TEXTS).glob("*") if not p.name.startswith("."))


def read_texts(data_dir: Path) -> dict[str, StoredText]:
    """Every stored text, by its file's name less `.txt`; a file that is not one has a problem."""
    texts = {}
    for path in text_files(data_dir):
        shown = yamlload.display_path(path)
        raw, problems = yamlload.read(path)
        if path.suffix != ".txt" or not path.is_file():
            problems = [Problem(Location(shown), "a stored text is a plain-text file named after its source: "
                                                 "texts/<source-id>.txt")]
        elif raw is not None:
            text, problems = yamlload.decoded(shown, raw)
            texts[path.stem] = StoredText(shown, text, file_digest(raw), tuple(problems))
            continue
        texts[path.name] = StoredText(shown, "", "", tuple(problems))
    return texts


class Readings:
    """Each data file's last reading, kept by a long-running process (`mkdocs serve`: hooks.py)
    from one build to the next, so that only the files changed since are read again (documents
    are frozen). A one-off build keeps none, and lets its readings go once the data is checked."""

    def __init__(self) -> None:
        self._kept: dict[Path, tuple[tuple, Document]] = {}

    def get(self, path: Path, key: tuple) -> Document | None:
        """The file's last reading, if it was read as it is now (`key`: its name, size, time)."""
        kept = self._kept.get(path.resolve())
        return kept[1] if kept and kept[0] == key else None

    def keep(self, path: Path, key: tuple, document: Document) -> None:
        self._kept[path.resolve()] = (key, document)


def read_document(path: Path, record_type: str, readings: Readings | None = None) -> Document:
    shown = yamlload.display_path(path)
    where = Location(shown)
    if path.suffix != ".yaml":
        return Document(shown, None, (Problem(where, "rename the file to end in .yaml"),))
    if not path.is_file():
        return Document(shown, None, (Problem(where, f"missing: the {record_type} records belong here"),))
    stat = path.stat()
    key = (shown, record_type, stat.st_ino, stat.st_size, stat.st_mtime_ns)
    if readings and (kept := readings.get(path, key)):
        return kept
    raw, found = yamlload.read(path)
    root, found = yamlload.parse(shown, raw) if raw is not None else (None, found)
    if root is not None and not isinstance(root, Seq):
        found.append(Problem(root.loc, "the file must be a list of records, each starting with `- id:`"))
        root = None
    document = Document(shown, root, tuple(found), stat.st_mtime, file_digest(raw) if raw is not None else "")
    if readings is not None:
        readings.keep(path, key, document)
    return document


def read_prose(content_dir: Path, edition: bool = False) -> Prose:
    """The prose under `content_dir`, and each other edition's under its language's folder
    (`edition`: the folder of one, where every file is optional)."""
    problems: list[Problem] = []
    names = [name for name in ("index", "about") if not edition or (content_dir / f"{name}.md").exists()]
    pages = {name: _read(content_dir / f"{name}.md", problems) for name in names}
    shown = {f"{name}.md": (yamlload.display_path(content_dir / f"{name}.md"), pages[name]) for name in pages}
    entities, files = {}, {}
    for folder in ENTITY_FOLDERS:
        for path in sorted((content_dir / folder).glob("*")):
            key = f"{folder}/{path.stem}"
            files[key] = yamlload.display_path(path)
            entities[key] = _read(path, problems) if path.suffix == ".md" else Markup("")
            shown[f"{key}.md"] = (files[key], entities[key])
    editions = {} if edition else {language: read_prose(content_dir / language, True) for language in LANGUAGES[1:]
                                   if (content_dir / language).is_dir()}
    return Prose(pages.get("index", Markup("")), pages.get("about", Markup("")), entities, editions, files, shown,
                 tuple(problems))


def _read(path: Path, problems: list[Problem]) -> Markup:
    """A prose file's text; where it cannot be read, its problem (at the line, for text not in UTF-8)."""
    shown = yamlload.display_path(path)
    raw, found = yamlload.read(path)
    text, found = yamlload.decoded(shown, raw) if raw is not None else ("", found)
    problems.extend(found)
    return Markup(text)
