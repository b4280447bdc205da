"""Located raw records → the model. Records are read by the description in schema.py; every
problem is collected, then there is one failure (DataError) or a complete FactSheet."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path

from generator import quotes, yamlload
from generator.errors import DataError, Location, Problem
from generator.fields import COUNTRY_PATTERN, ID_PATTERN, Fields, did_you_mean, listing
from generator.model import Actor, Correction, Country, FactSheet, Source, Stance, Statement, Topic
from generator.schema import KINDS, TOP_LEVEL, Field, Kind
from generator.yamlload import Map, Scalar, Seq

PATTERNS = {"country": COUNTRY_PATTERN}


def data_files(data_dir: Path) -> dict[str, list[Path]]:
    """Which files hold which kind of record, in reading order."""
    files = {}
    for name in TOP_LEVEL:
        pattern = KINDS[name].file
        files[name] = sorted(data_dir.glob(pattern.replace(".yaml", ".y*ml"))) if "*" in pattern else [data_dir / pattern]
    return files


class Registry:
    """Every id seen, by kind, with where it was defined and its record (None if invalid)."""

    def __init__(self) -> None:
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
        if not ref:
            return None
        table = self.records.get(kind, {})
        if ref[0] in table:
            return table[ref[0]][1]
        if kind not in self.unreadable:
            f.problem(ref[1], field, f"no {kind} has the id `{ref[0]}`{did_you_mean(ref[0], table)}")
        return None

    def all(self, kind: str) -> tuple:
        return tuple(record for _, record in self.records.get(kind, {}).values() if record)


def validate(data_dir: Path) -> FactSheet:
    """Load and check everything under `data_dir`; raise DataError listing every problem."""
    problems: list[Problem] = []
    registry = Registry()
    for kind, paths in data_files(data_dir).items():
        for f in _records(kind, paths, problems, registry):
            values = read(f, KINDS[kind], registry)
            record = BUILDERS[kind](f, values)
            registry.add(kind, f, record if f.ok else None)
    if problems:
        raise DataError(problems)
    return FactSheet(
        topics=registry.all("topic"),
        countries=tuple(sorted(registry.all("country"), key=lambda c: c.name)),
        actors=tuple(sorted(registry.all("actor"), key=lambda a: a.name)),
        sources=tuple(sorted(registry.all("source"), key=_by_date)),
        statements=tuple(sorted(registry.all("statement"), key=_by_date)),
        where={record_id: loc for record_id, (loc, _) in registry.records.get("statement", {}).items()},
    )


def _by_date(record: Source | Statement) -> tuple:
    """Oldest first; a source whose date is not known comes last."""
    return record.date is None, record.date.sort_key if record.date else (), record.id


def read(f: Fields, kind: Kind, registry: Registry) -> dict:
    """Every field the kind describes, read as its type; then any field it does not describe."""
    values = {field.name: _read_field(f, field, registry) for field in kind.fields}
    f.finish(kind.names)
    return values


def _read_field(f: Fields, field: Field, registry: Registry):
    name, required = field.name, field.required
    pattern = PATTERNS.get(field.target, ID_PATTERN)
    match field.type:
        case "id":
            return f.ident(name)
        case "country-id":
            return f.ident(name, COUNTRY_PATTERN)
        case "text":
            return f.text(name, required)
        case "texts":
            return f.texts(name)
        case "date":
            return f.date(name, required)
        case "boolean":
            return f.boolean(name)
        case "url":
            return f.url(name)
        case "choice":
            return f.choice(name, field.choices, required)
        case "ref":
            return registry.get(f, name, field.target, f.reference(name, pattern, required))
        case "refs":
            return tuple(registry.get(f, name, field.target, ref) for ref in f.idents(name, pattern))
        case "stance":
            return f.scalar(name, required, "a stance id")
        case "records":
            return _nested(f, field, registry)
    raise ValueError(f"schema.py: unknown field type {field.type}")


def _nested(f: Fields, field: Field, registry: Registry) -> tuple[tuple[dict, Map], ...]:
    """Each nested record's values, with its node; problems located inside the record."""
    kind, found = KINDS[field.target], []
    if field.required and not f.has(field.name):
        f.problem(f.node.loc, field.name, "missing; this field is required")
    for index, node in enumerate(f.items(field.name)):
        where = f"{field.name}[{index}]"
        if not isinstance(node, Map):
            f.problem(node.loc, where, f"expected fields {listing(kind.names)}")
            continue
        found.append((read(Fields(node, f.label, f.problems, prefix=f"{where}."), kind, registry), node))
    return tuple(found)


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
    if entry and isinstance(entry.value, Scalar) and not entry.value.is_null:
        return entry.value.text
    return f"#{index + 1}"


def _topic(f: Fields, values: dict) -> Topic:
    stances, seen = [], set()
    for stance_values, node in values["stances"]:
        stance = Stance(**stance_values)
        if stance.id and stance.id in seen:
            f.problem(node.loc, "stances", f"the stance id `{stance.id}` is used twice")
        seen.add(stance.id)
        stances.append(stance)
    return Topic(**{**values, "stances": tuple(stances)})


def _statement(f: Fields, values: dict) -> Statement | None:
    topic = values["topic"]
    if not (f.has("quote") or f.has("summary")):
        f.problem(f.node.loc, "summary", "missing; a statement without a quote needs a summary")
    if values["summary"] and not f.has("quote") and not f.has("excerpt"):
        f.problem(f.loc("summary"), "excerpt", "missing; a summary without a quote needs the passage of the "
                                               "source it rests on, word for word (excerpt: ...)")
    _check_wording(f)
    stance = _stance_of(f, topic, values["stance"])
    corrections = tuple(Correction(**v) for v, _ in values["corrections"])
    position_of = _position_of(f, values)
    _check_hedges(f, values)
    if not f.ok:
        return None
    return Statement(**{**values, "stance": stance, "corrections": corrections, "position_of": position_of,
                        "wording": values["wording"] or "as-printed",
                        "close_to_excerpt": _close(values["summary"], values["excerpt"])})


def _position_of(f: Fields, values: dict) -> tuple:
    """Whose position the statement gives, by its voice (see README, "Own or reported")."""
    voice, speaker, given = values["voice"], values["speaker"], values["position_of"]
    home = (speaker.country,) if speaker and speaker.country else ()
    where = f.loc("position_of")
    if voice == "reported" and not _listed(f, "position_of"):
        f.problem(where, "position_of", "missing; a reported position names the countries whose position the "
                                        "speaker reports, e.g. position_of: [de, hu]")
    elif voice == "view" and given:
        f.problem(where, "position_of", "a view states no country's position; remove position_of, or say "
                                        "`voice: own` or `voice: reported`")
    elif voice == "own" and given and (len(given) != 1 or given[0] is not (home[0] if home else None)):
        country = f"`{home[0].id}`" if home else "none: the speaker has no country"
        f.problem(where, "position_of", f"an own position is that of the speaker's country ({country}); for "
                                        "other countries' positions say `voice: reported`")
    return home if voice == "own" else given if voice == "reported" else ()


def _listed(f: Fields, name: str) -> bool:
    """The field is written with at least one item (valid or not: those are reported on their own)."""
    return f.has(name) and not (isinstance(f.node.entries[name].value, Seq) and not f.node.entries[name].value.items)


def _check_wording(f: Fields) -> None:
    """`wording` and `original` describe a quote; an original belongs to a translation."""
    if not f.has("quote"):
        for name in ("wording", "original"):
            if f.has(name):
                f.problem(f.loc(name), name, "only a quote has this; add the quote or remove the field")
        return
    wording = f.node.entries["wording"].value if f.has("wording") else None
    if f.has("original") and getattr(wording, "text", "") != "translated":
        f.problem(f.loc("original"), "original", "only a translated quote has an original; "
                                                 "say `wording: translated`")


def _check_hedges(f: Fields, values: dict) -> None:
    """Each hedge is the speaker's own words: it must stand in the quote or the excerpt."""
    words = quotes.normalise(f"{values['quote']} {values['excerpt']}").casefold()
    for index, hedge in enumerate(values["hedges"]):
        if quotes.normalise(hedge).casefold() not in words:
            f.problem(f.node.entries["hedges"].value.items[index].loc, f"hedges[{index}]",
                      f"`{hedge}` is not in the quote or the excerpt; a hedge is the speaker's words as printed")


CLOSE = 0.75
"""How alike a summary and its excerpt are before the page says the summary nearly repeats it."""


def _close(summary: str, excerpt: str) -> bool:
    if not (summary and excerpt):
        return False
    a, b = (quotes.normalise(t).casefold() for t in (summary, excerpt))
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= CLOSE


def _country(f: Fields, values: dict) -> Country:
    stated = values["nato_member_since"] is not None or values["nato_member"] is not None
    if stated and not values["nato_source"] and not f.has("nato_source"):
        field = "nato_member_since" if values["nato_member_since"] else "nato_member"
        f.problem(f.loc(field), "nato_source", f"missing; {field} needs the source that gives it "
                                               "(nato_source: a source id from data/sources.yaml)")
    if f.has("nato_source") and not stated:
        f.problem(f.loc("nato_source"), "nato_source", "gives nothing: add nato_member_since or nato_member")
    return Country(**values)


def _stance_of(f: Fields, topic: Topic | None, node: Scalar | None) -> Stance | None:
    if node is None or topic is None:
        return None
    stance = topic.stance(node.text)
    if stance is None:
        ids = [s.id for s in topic.stances]
        hint = did_you_mean(node.text, ids)
        f.problem(node.loc, "stance", f"`{node.text}` is not a stance of topic `{topic.id}` ({', '.join(ids)}){hint}")
    return stance


BUILDERS = {
    "topic": _topic,
    "country": _country,
    "actor": lambda f, values: Actor(**values),
    "source": lambda f, values: Source(**values),
    "statement": _statement,
}
