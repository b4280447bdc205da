"""Located raw records → the model. Every problem is collected; then one failure, or a FactSheet."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from generator import yamlload
from generator.errors import DataError, Location, Problem
from generator.fields import COUNTRY_PATTERN, ID_PATTERN, Fields, did_you_mean
from generator.model import Actor, Correction, Country, FactSheet, Source, Stance, Statement, Topic
from generator.yamlload import Map, Seq

ACTOR_KINDS = ("person", "organization", "media")
SOURCE_KINDS = ("article", "interview", "speech", "statement", "report", "social-media")
FIELDS = {
    "topic": ("id", "title", "question", "stances"),
    "stance": ("id", "label"),
    "country": ("id", "name", "nato_member_since", "nato_member"),
    "actor": ("id", "name", "kind", "country", "role", "aliases", "description"),
    "source": ("id", "title", "kind", "date", "publisher", "url", "archive_url", "accessed"),
    "statement": (
        "id", "date", "speaker", "topic", "stance", "position_of", "quote", "summary",
        "occasion", "mentions", "source", "corrections",
    ),
    "correction": ("date", "note"),
}


def data_files(data_dir: Path) -> dict[str, list[Path]]:
    """Which files hold which kind of record."""
    return {
        "topic": [data_dir / "topics.yaml"],
        "country": [data_dir / "countries.yaml"],
        "actor": [data_dir / "actors.yaml"],
        "source": [data_dir / "sources.yaml"],
        "statement": sorted((data_dir / "statements").glob("*.y*ml")),
    }


class Registry:
    """Every id seen, by kind, with where it was defined and its record (None if invalid)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        self.records: dict[str, dict[str, tuple[Location, object]]] = {}
        self.unreadable: set[str] = set()
        """Kinds with a file that could not be read: their ids are unknown, not missing."""

    def add(self, kind: str, f: Fields, record: object) -> None:
        table = self.records.setdefault(kind, {})
        record_id, loc = f.label, f.loc("id")
        if record_id in table:
            first = table[record_id][0]
            f.problem(loc, "id", f"the {kind} id `{record_id}` is used twice; first at {first}")
        elif not record_id.startswith("#"):
            table[record_id] = (loc, record)

    def get(self, f: Fields, field: str, kind: str, ref: tuple[str, Location] | None):
        """The record `ref` names; a problem if there is none (not if it exists but is invalid)."""
        if not ref or not ref[0]:
            return None
        table = self.records.get(kind, {})
        if ref[0] in table:
            return table[ref[0]][1]
        if kind in self.unreadable:
            return None
        hint = did_you_mean(ref[0], table)
        f.problem(ref[1], field, f"no {kind} has the id `{ref[0]}`{hint}")
        return None

    def all(self, kind: str) -> tuple:
        return tuple(record for _, record in self.records.get(kind, {}).values() if record)


def validate(data_dir: Path) -> FactSheet:
    """Load and check everything under `data_dir`; raise DataError listing every problem."""
    problems: list[Problem] = []
    registry = Registry(problems)
    readers = {"topic": _topic, "country": _country, "actor": _actor, "source": _source, "statement": _statement}
    for kind, paths in data_files(data_dir).items():
        for f in _records(kind, paths, problems, registry):
            record = readers[kind](f, registry)
            f.finish(FIELDS[kind])
            registry.add(kind, f, record if f.ok else None)
    if problems:
        raise DataError(problems)
    statements = sorted(registry.all("statement"), key=lambda s: (s.date.sort_key, s.id))
    return FactSheet(
        topics=registry.all("topic"),
        countries=tuple(sorted(registry.all("country"), key=lambda c: c.name)),
        actors=tuple(sorted(registry.all("actor"), key=lambda a: a.name)),
        sources=tuple(sorted(registry.all("source"), key=lambda s: (s.date.sort_key, s.id))),
        statements=tuple(statements),
    )


def _records(kind: str, paths: list[Path], problems: list[Problem], registry: Registry) -> Iterator[Fields]:
    """Each record of the files, as Fields; problems with the files themselves are noted."""
    for path in paths:
        before = len(problems)
        yield from _file_records(kind, path, problems)
        if any(not p.record for p in problems[before:]):
            registry.unreadable.add(kind)


def _file_records(kind: str, path: Path, problems: list[Problem]) -> Iterator[Fields]:
    where = Location(yamlload.display_path(path))
    if path.suffix != ".yaml":
        problems.append(Problem(where, "rename the file to end in .yaml"))
        return
    if not path.is_file():
        problems.append(Problem(where, f"missing: the {kind} records belong here"))
        return
    root, found = yamlload.load(path)
    problems.extend(found)
    if root is not None and not isinstance(root, Seq):
        problems.append(Problem(root.loc, "the file must be a list of records, each starting with `- id:`"))
        return
    for index, node in enumerate(root.items if root else ()):
        if not isinstance(node, Map):
            problems.append(Problem(node.loc, f"#{index + 1}: a record must be fields such as `id: ...`"))
            continue
        yield Fields(node, _label(node, index), problems)


def _label(node: Map, index: int) -> str:
    entry = node.entries.get("id")
    if entry and isinstance(entry.value, yamlload.Scalar) and not entry.value.is_null:
        return entry.value.text
    return f"#{index + 1}"


def _topic(f: Fields, registry: Registry) -> Topic:
    stances = tuple(_stance(f, index, node) for index, node in enumerate(f.items("stances")))
    if not stances:
        f.problem(f.loc("stances"), "stances", "a topic needs at least one stance")
    seen: set[str] = set()
    for stance, node in zip(stances, f.items("stances")):
        if stance.id in seen:
            f.problem(node.loc, "stances", f"the stance id `{stance.id}` is used twice")
        seen.add(stance.id)
    return Topic(f.ident("id"), f.text("title"), f.text("question"), stances)


def _stance(f: Fields, index: int, node) -> Stance:
    if not isinstance(node, Map):
        f.problem(node.loc, f"stances[{index}]", "expected `id:` and `label:`")
        return Stance("", "")
    inner = Fields(node, f.label, f.problems, prefix=f"stances[{index}].")
    stance = Stance(inner.ident("id"), inner.text("label"))
    inner.finish(FIELDS["stance"])
    return stance


def _country(f: Fields, registry: Registry) -> Country:
    return Country(
        id=f.ident("id", COUNTRY_PATTERN),
        name=f.text("name"),
        nato_member_since=f.date("nato_member_since", required=False),
        nato_member=f.boolean("nato_member"),
    )


def _actor(f: Fields, registry: Registry) -> Actor:
    country = _ref(f, registry, "country", "country", COUNTRY_PATTERN, required=False)
    return Actor(
        id=f.ident("id"),
        name=f.text("name"),
        kind=f.choice("kind", ACTOR_KINDS),
        country=country,
        role=f.text("role", required=False),
        aliases=f.texts("aliases"),
        description=f.text("description", required=False),
    )


def _source(f: Fields, registry: Registry) -> Source:
    return Source(
        id=f.ident("id"),
        kind=f.choice("kind", SOURCE_KINDS),
        date=f.date("date"),
        title=f.text("title", required=False),
        publisher=f.text("publisher", required=False),
        url=f.url("url"),
        archive_url=f.url("archive_url"),
        accessed=f.date("accessed", required=False),
    )


def _statement(f: Fields, registry: Registry) -> Statement | None:
    speaker = _ref(f, registry, "speaker", "actor")
    topic = _ref(f, registry, "topic", "topic")
    stance = _stance_of(f, topic)
    quote, summary = f.text("quote", required=False), f.text("summary", required=False)
    if not (f.has("quote") or f.has("summary")):
        f.problem(f.node.loc, "summary", "missing; a statement without a quote needs a summary")
    position_of = tuple(registry.get(f, "position_of", "country", ref) for ref in f.idents("position_of", COUNTRY_PATTERN))
    mentions = tuple(registry.get(f, "mentions", "actor", ref) for ref in f.idents("mentions"))
    record = dict(
        id=f.ident("id"), date=f.date("date"), speaker=speaker, topic=topic, stance=stance,
        source=_ref(f, registry, "source", "source"), quote=quote, summary=summary,
        occasion=f.text("occasion", required=False), mentions=mentions,
        corrections=tuple(_corrections(f)),
        position_of=position_of or ((speaker.country,) if speaker and speaker.country else ()),
    )
    return Statement(**record) if f.ok else None


def _ref(f: Fields, registry: Registry, field: str, kind: str, pattern: re.Pattern = ID_PATTERN, required: bool = True):
    """The record that `field` names (None if it names none, with a problem noted)."""
    return registry.get(f, field, kind, f.reference(field, pattern, required))


def _stance_of(f: Fields, topic: Topic | None) -> Stance | None:
    node = f.scalar("stance", what="a stance id")
    if node is None or topic is None:
        return None
    stance = topic.stance(node.text)
    if stance is None:
        ids = [s.id for s in topic.stances]
        hint = did_you_mean(node.text, ids)
        f.problem(node.loc, "stance", f"`{node.text}` is not a stance of topic `{topic.id}` ({', '.join(ids)}){hint}")
    return stance


def _corrections(f: Fields) -> Iterator[Correction]:
    for index, node in enumerate(f.items("corrections")):
        if not isinstance(node, Map):
            f.problem(node.loc, f"corrections[{index}]", "expected `date:` and `note:`")
            continue
        inner = Fields(node, f.label, f.problems, prefix=f"corrections[{index}].")
        correction = Correction(inner.date("date"), inner.text("note"))
        inner.finish(FIELDS["correction"])
        yield correction
