"""Safe YAML loading that keeps each value's position beside it.

YAML is only *composed* (parsed to nodes), never constructed into Python objects: every
scalar stays the text the editor typed, so `no` stays "no" and `2025-02-12` stays a string
until the validator reads it as what its field expects.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

import yaml

from generator.data.errors import Location, Problem

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]  # libyaml's where present (its type is chosen at run time)
    """libyaml's safe loader where present: fast, and it cannot build Python objects. A value
    without a tag is tagged as text (or a list, a mapping) without YAML's guess of its type:
    nothing is constructed, so the guess (a few regular expressions per value) would go unused."""

    def resolve(self, kind: type, value: object, implicit: object) -> str:
        return PLAIN_TAGS[kind]


PLAIN_TAGS = {yaml.ScalarNode: "tag:yaml.org,2002:str", yaml.SequenceNode: "tag:yaml.org,2002:seq",
              yaml.MappingNode: "tag:yaml.org,2002:map"}
LOADER = _Loader

MAX_BYTES = 5_000_000
MAX_DEPTH = 8
"""The format nests four levels (file, record, list, record); more is a mistake or an attack."""
HINTS = {
    "mapping values are not allowed": "a text containing `: ` must be in quotes",
    "found character '\\t' that cannot start any token": "indent with spaces, not tabs",
    "found a tab character": "indent with spaces, not tabs",
}
NULLS = frozenset({"", "~", "null", "Null", "NULL"})


@dataclass(frozen=True)
class Scalar:
    """A single value as typed, e.g. `no`, `2025-02-12` or a quote."""

    text: str
    loc: Location
    quoted: bool
    """Written in quotes or as a block (`|`, `>`): certainly text, never a null."""
    comment: str = ""
    """For an unquoted value: a ` # ...` comment after it on its line, which YAML drops."""

    @property
    def is_null(self) -> bool:
        return not self.quoted and self.text in NULLS


@dataclass(frozen=True)
class Seq:
    """A YAML list."""

    items: tuple[Node, ...]
    loc: Location


@dataclass(frozen=True)
class Entry:
    """One `key: value` pair of a mapping, with the key's own position."""

    key_loc: Location
    value: Node


@dataclass(frozen=True)
class Map:
    """A YAML mapping; keys are the text typed, in file order."""

    entries: dict[str, Entry]
    loc: Location


Node = Scalar | Seq | Map


def display_path(path: Path) -> str:
    """The path as an editor would type it: relative to the working folder where it can be."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def read_nodes(path: Path) -> tuple[Node | None, list[Problem]]:
    """Read one YAML file; return its located tree (None for an empty file) and its problems."""
    raw, problems = read(path)
    return parse(display_path(path), raw) if raw is not None else (None, problems)


def read(path: Path) -> tuple[bytes | None, list[Problem]]:
    """A file's bytes, or the problem of reading it."""
    try:
        return path.read_bytes(), []
    except OSError as error:
        return None, [Problem(Location(display_path(path)), f"cannot read the file: {error.strerror}")]


def parse(name: str, raw: bytes) -> tuple[Node | None, list[Problem]]:
    """The located tree of a YAML file's bytes (None for an empty file) and its problems; `name`
    is the file as messages show it."""
    if len(raw) > MAX_BYTES:
        return None, [
            Problem(Location(name), f"the file is over {MAX_BYTES // 1_000_000} MB; split it into several files")
        ]
    text, problems = decoded(name, raw)
    if problems:
        return None, problems
    refused = _refused_characters(name, text) or _too_deep(name, text)
    if refused:
        return None, refused
    try:
        root = yaml.compose(text, Loader=LOADER)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(name, error, text.splitlines())]
    if root is None:
        return None, []
    converter = _Converter(name, text.splitlines())
    return converter.node(root), converter.problems + _anchors_and_tags(name, text)


def decoded(name: str, raw: bytes) -> tuple[str, list[Problem]]:
    """A file's bytes as text (a UTF-8 byte-order mark dropped), or the problem, at its line,
    where they are not UTF-8 (a file saved as UTF-16 or Latin-1, a binary file)."""
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        where = Location(name, line, error.start - raw.rfind(b"\n", 0, error.start))
        return "", [Problem(where, "the file is not UTF-8 text; save it as UTF-8")]


NOT_IN_YAML = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")
"""Characters YAML does not allow in a file (control characters, U+FFFE, U+FFFF): PyYAML's own rule."""
YAML_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
"""Where YAML starts a new line (not at a vertical tab or a form feed, as str.splitlines would)."""
NOT_IN_XML = re.compile("[\uD800-\uDFFF\uFFFE\uFFFF]")
"""Characters no HTML page or XML feed may hold, but control characters (fieldtypes.Text and Url
refuse those, naming the record and the field): an escape in quotes can write them."""
CONTROL_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
                 0x1B: "ESC", 0x7F: "DEL"}
MAX_REFUSED = 10
"""Refused characters reported at most per file (the rest are alike)."""


def _refused_characters(name: str, text: str) -> list[Problem]:
    """Each character YAML does not allow, where it stands (pasted from a word processor or a PDF)."""
    if not NOT_IN_YAML.search(text):
        return []
    problems = []
    for number, line in enumerate(YAML_LINE_BREAK.split(text), 1):
        for found in NOT_IN_YAML.finditer(line):
            code = ord(found.group())
            what = f"U+{code:04X}" + (f" ({CONTROL_NAMES[code]})" if code in CONTROL_NAMES else "")
            problems.append(Problem(Location(name, number, found.start() + 1),
                                    f"the character {what} is not allowed in a YAML file (often pasted from a "
                                    "word processor or a PDF); delete it"))
    return problems[:MAX_REFUSED]


FLOW_BRACKETS = re.compile(r"[\[\]{}]")
MAX_FLOW_DEPTH = 64
"""Brackets nested at most before the file is read event by event, to find where it is too deep:
libyaml builds nested values by recursion, and very deep nesting would end the process."""


def _too_deep(name: str, text: str) -> list[Problem]:
    """Nesting deeper than the format allows, found before the tree is built (see MAX_FLOW_DEPTH)."""
    steps = accumulate(1 if b in "[{" else -1 for b in FLOW_BRACKETS.findall(text))
    if max(steps, default=0) <= MAX_FLOW_DEPTH:  # a rough count (brackets in quotes count too); exact below
        return []
    depth = 0
    try:
        for event in yaml.parse(text, Loader=LOADER):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH + 1 and event.start_mark is not None:  # the file's own list is level 1
                    where = Location(name, event.start_mark.line + 1, event.start_mark.column + 1)
                    return [Problem(where, f"nested deeper than the format allows ({MAX_DEPTH} levels)")]
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError:
        return []  # reported as a syntax problem by the full reading
    return []


def _anchors_and_tags(name: str, text: str) -> list[Problem]:
    """Each anchor (`&a`), alias (`*a`) and tag (`!!str`, `!x`), where it is written (composing
    loses that place). The format has none of them: an alias would publish one record's text as
    another's without the reader of the file seeing it, and a tag changes what a value is."""
    if not any(mark in text for mark in "&*!"):
        return []
    problems = []
    for event in yaml.parse(text, Loader=LOADER):
        mark = event.start_mark
        where = Location(name, mark.line + 1, mark.column + 1) if mark else Location(name)
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            problems.append(Problem(where, "anchors and aliases (& and *) are not supported; write the value out"))
        elif tag := getattr(event, "tag", None):
            tag = tag.replace("tag:yaml.org,2002:", "!!")
            problems.append(Problem(where, f"YAML tags such as {tag} are not supported; remove the tag"))
    return problems


FIELD_LINE = re.compile(r"^(?P<indent> *)(?:- )?(?P<key>[A-Za-z_][\w-]*):(?:\s|$)")


def _syntax_problem(name: str, error: yaml.MarkedYAMLError, lines: list[str]) -> Problem:
    mark = error.problem_mark or error.context_mark
    detail = " ".join(part for part in (error.context, error.problem) if part)
    if "quoted scalar" in detail and "end of stream" in detail and error.context_mark:
        opened = error.context_mark
        return Problem(Location(name, opened.line + 1, opened.column + 1),
                       "a text opened with a quotation mark here is never closed; add the closing mark where "
                       "the text ends")
    where = Location(name, mark.line + 1, mark.column + 1) if mark else Location(name)
    dash = _dash_without_space(name, lines, mark.line + 1 if mark else len(lines))
    if dash:
        return dash
    indentation = _indentation_hint(detail, lines, mark.line) if mark else ""
    if mark and indentation:
        return Problem(Location(name, mark.line + 1, 1), indentation)
    hint = next((f"; {hint}" for key, hint in HINTS.items() if key in detail), "")
    return Problem(where, f"not valid YAML: {detail}{hint}")


DASH_WITHOUT_SPACE = re.compile(r"^(?P<indent> *)-(?P<key>[A-Za-z_][\w-]*):(?:\s|$)")


def _dash_without_space(name: str, lines: list[str], until: int) -> Problem | None:
    """A record begun `-id:` (no space after the dash), which YAML reads as a key named `-id`
    and reports, if at all, at a later line: the first such line up to the one YAML names."""
    for index, line in enumerate(lines[: until + 1]):
        if found := DASH_WITHOUT_SPACE.match(line):
            key = found["key"]
            return Problem(Location(name, index + 1, len(found["indent"]) + 1),
                           f"`-{key}:` needs a space after the dash: write `- {key}:`")
    return None


def _field_column(line: str) -> int | None:
    """Where a field's name starts on its line (after `- ` for a record's first field), if it has one."""
    field = FIELD_LINE.match(line)
    return None if not field else len(field["indent"]) + (2 if line.lstrip().startswith("- ") else 0)


def _indentation_hint(detail: str, lines: list[str], index: int) -> str:
    """What is wrong with a line's indentation, where YAML's message says only that parsing failed."""
    line = lines[index] if index < len(lines) else ""
    field = FIELD_LINE.match(line)
    theirs = next((c for c in map(_field_column, reversed(lines[:index])) if c is not None), None)
    if not field or theirs is None or line.lstrip().startswith("- "):
        return ""
    own, key = len(field["indent"]), field["key"]
    # After a value with a comment YAML says "did not find expected key"; without, "mapping values".
    if ("mapping values are not allowed" in detail or "expected key" in detail) and own > theirs:
        return (f"`{key}:` is indented more than the field above it; the fields of a record start in the same "
                f"column (here {theirs + 1}), under its `id`")
    if "expected '-' indicator" in detail or "expected key" in detail:
        if own == 0:
            return f"`{key}:` starts at the margin; a field belongs to its record: indent it like the fields above"
        if own < theirs:
            return (f"`{key}:` is indented less than the field above it; the fields of a record start in the "
                    f"same column (here {theirs + 1}), under its `id`")
    return ""


class _Converter:
    """Turns composed YAML nodes into located nodes, noting what the format forbids."""

    def __init__(self, name: str, lines: list[str]):
        self.name = name
        self.lines = lines
        self.problems: list[Problem] = []
        self._converted: dict[int, Node] = {}
        """By id of the composed node: an alias is the same node composed twice."""

    def _loc(self, node: yaml.Node) -> Location:
        mark = node.start_mark
        return Location(self.name, mark.line + 1, mark.column + 1)

    def node(self, node: yaml.Node, depth: int = 1) -> Node:
        loc = self._loc(node)
        if id(node) in self._converted:  # an alias: reported by _anchors_and_tags, where it was written
            return self._converted[id(node)]
        if depth > MAX_DEPTH:
            self._problem(loc, f"nested deeper than the format allows ({MAX_DEPTH} levels)")
            return Scalar("", loc, quoted=False)
        self._converted[id(node)] = converted = self._convert(node, loc, depth)
        return converted

    def _convert(self, node: yaml.Node, loc: Location, depth: int) -> Node:
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, loc, depth)
        if isinstance(node, yaml.SequenceNode):
            return Seq(tuple(self.node(item, depth + 1) for item in node.value), loc)
        assert isinstance(node, yaml.ScalarNode)
        text = unicodedata.normalize("NFC", node.value)
        if NOT_IN_XML.search(text):  # only an escape (`\uFFFE`) gets them this far: the file itself is checked
            refused = sorted({f"U+{ord(c):04X}" for c in NOT_IN_XML.findall(text)})
            self._problem(loc, f"the value holds {', '.join(refused)}, which no web page or feed may hold "
                               "(written as an escape such as \\uFFFE); remove the escape")
            text = NOT_IN_XML.sub("", text)
        quoted = node.style not in (None, "")
        return Scalar(text, loc, quoted, "" if quoted else self._comment_after(node))

    def _comment_after(self, node: yaml.ScalarNode) -> str:
        """The ` # ...` YAML dropped after an unquoted value, if any."""
        end = node.end_mark
        if end.line >= len(self.lines) or "#" not in self.lines[end.line]:
            return ""
        rest = self.lines[end.line][end.column:]
        return rest.strip() if rest.lstrip().startswith("#") and rest[:1].isspace() else ""

    def _mapping(self, node: yaml.MappingNode, loc: Location, depth: int) -> Map:
        entries: dict[str, Entry] = {}
        for key_node, value_node in node.value:
            key_loc = self._loc(key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                self._problem(key_loc, "a key must be a plain name such as `id` or `quote`")
                continue
            key = key_node.value
            if key in entries:
                first = entries[key].key_loc.line
                self._problem(key_loc, f"duplicate key `{key}` (first at line {first}); keep one")
                continue
            entries[key] = Entry(key_loc, self.node(value_node, depth + 1))
        return Map(entries, loc)

    def _problem(self, loc: Location, message: str) -> None:
        self.problems.append(Problem(loc, message))
