"""Reading one raw record's fields: typed values out, located problems collected.

Every read of a free-text field goes through `Fields.text`, so that the planned
`{en: ..., uk: ...}` mappings are one change in one place.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

from generator import dates
from generator.dates import Date
from generator.errors import Location, Problem
from generator.yamlload import Map, Node, Scalar, Seq

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
COUNTRY_PATTERN = re.compile(r"[a-z]{2}")
URL_PATTERN = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)
BOOLEANS = {"true": True, "yes": True, "false": False, "no": False}
T = TypeVar("T")


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`; did you mean `x`?` for a near miss, else nothing."""
    choices = list(choices)
    starting = [c for c in choices if word and c.startswith(word)]
    close = starting if len(starting) == 1 else difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean `{close[0]}`?" if close else ""


def listing(choices: Iterable[str]) -> str:
    return ", ".join(f"`{c}`" for c in choices)


class Fields:
    """The fields of one record, read one at a time; what is wrong lands in `problems`."""

    def __init__(self, node: Map, label: str, problems: list[Problem], prefix: str = ""):
        self.node = node
        self.label = label
        """The record's id, or `#N` where it has no usable id."""
        self.problems = problems
        self.prefix = prefix
        """For a mapping inside a record: where it is, e.g. `stances[1].`."""
        self._start = len(problems)

    @property
    def ok(self) -> bool:
        """No problem was found in this record so far."""
        return len(self.problems) == self._start

    def problem(self, loc: Location, field: str, message: str) -> None:
        self.problems.append(Problem(loc, message, self.label, self.prefix + field))

    def loc(self, name: str) -> Location:
        entry = self.node.entries.get(name)
        return entry.value.loc if entry else self.node.loc

    def has(self, name: str) -> bool:
        """The field is present with a value (not left empty)."""
        entry = self.node.entries.get(name)
        return entry is not None and not (isinstance(entry.value, Scalar) and entry.value.is_null)

    def value(self, name: str, required: bool) -> Node | None:
        entry = self.node.entries.get(name)
        if not self.has(name):
            if required:
                where = entry.key_loc if entry else self.node.loc
                self.problem(where, name, "missing; this field is required")
            return None
        return entry.value

    def scalar(self, name: str, required: bool = True, what: str = "a single value") -> Scalar | None:
        node = self.value(name, required)
        if node is None or isinstance(node, Scalar):
            return node
        found = "a list" if isinstance(node, Seq) else "a mapping"
        self.problem(node.loc, name, f"expected {what}, found {found}")
        return None

    def text(self, name: str, required: bool = True) -> str:
        """A free-text field, exactly as written (surrounding white space aside)."""
        node = self.scalar(name, required, "text")
        return self._text(node, name) if node else ""

    def _text(self, node: Scalar, name: str) -> str:
        text = node.text.strip()
        if not text:
            self.problem(node.loc, name, "is empty; write the text or remove the field")
        control = sorted({f"U+{ord(c):04X}" for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r"})
        if control:
            self.problem(node.loc, name, f"contains control characters ({', '.join(control)}); retype the text")
        if node.comment:
            self.problem(node.loc, name, f"YAML drops `{node.comment}` from this text as a comment, and would "
                                         "publish it cut short; put the whole text in quotes")
        return text

    def ident(self, name: str, pattern: re.Pattern = ID_PATTERN, required: bool = True) -> str:
        node = self.scalar(name, required, "an id")
        return self._ident(node, name, pattern) if node else ""

    def _ident(self, node: Scalar, name: str, pattern: re.Pattern) -> str:
        if pattern.fullmatch(node.text):
            return node.text
        invisible = [f"U+{ord(c):04X}" for c in node.text if unicodedata.category(c) in ("Cf", "Zs") and c != " "]
        if invisible:
            self.problem(node.loc, name, f"`{node.text}` contains invisible characters ({', '.join(invisible)}); retype the id")
            return ""
        expected = (
            "a two-letter ISO 3166-1 country code in lower case, such as `ua`"
            if pattern is COUNTRY_PATTERN
            else "lower-case letters, digits and single hyphens, such as `steve-witkoff`"
        )
        self.problem(node.loc, name, f"`{node.text}` is not a valid id; expected {expected}")
        return ""

    def reference(self, name: str, pattern: re.Pattern = ID_PATTERN, required: bool = True) -> tuple[str, Location] | None:
        """An id naming another record, with where it was written."""
        node = self.scalar(name, required, "an id")
        if node and self._ident(node, name, pattern):
            return node.text, node.loc
        return None

    def date(self, name: str, required: bool = True) -> Date | None:
        node = self.scalar(name, required, "a date")
        if node is None:
            return None
        parsed = dates.parse(node.text)
        if isinstance(parsed, str):
            self.problem(node.loc, name, parsed)
            return None
        return parsed

    def choice(self, name: str, choices: tuple[str, ...], required: bool = True) -> str:
        node = self.scalar(name, required, "one word")
        if node is None or node.text in choices:
            return node.text if node else ""
        hint = did_you_mean(node.text, choices)
        self.problem(node.loc, name, f"`{node.text}` is not one of {listing(choices)}{hint}")
        return ""

    def boolean(self, name: str) -> bool | None:
        node = self.scalar(name, False, "true or false")
        if node is None:
            return None
        if node.text.lower() in BOOLEANS:
            return BOOLEANS[node.text.lower()]
        self.problem(node.loc, name, f"`{node.text}` is not true or false")
        return None

    def url(self, name: str) -> str:
        node = self.scalar(name, False, "a web address")
        if node is None or URL_PATTERN.fullmatch(node.text):
            return node.text if node else ""
        self.problem(node.loc, name, f"`{node.text}` is not a web address starting http:// or https://")
        return ""

    def items(self, name: str) -> tuple[Node, ...]:
        """A list field's items; a single value where a list is expected is a problem."""
        node = self.value(name, False)
        if node is None or isinstance(node, Seq):
            return node.items if node else ()
        self.problem(node.loc, name, "expected a list, such as [a, b] or lines starting with `- `")
        return ()

    def each(self, name: str, read: Callable[[Scalar, str], T]) -> tuple[T, ...]:
        """Read each item of a list of single values with `read`; drop the ones that fail."""
        values = []
        for index, item in enumerate(self.items(name)):
            where = f"{name}[{index}]"
            if not isinstance(item, Scalar) or item.is_null:
                self.problem(item.loc, where, "expected a single value")
                continue
            values.append(read(item, where))
        return tuple(v for v in values if v)

    def texts(self, name: str) -> tuple[str, ...]:
        return self.each(name, self._text)

    def idents(self, name: str, pattern: re.Pattern = ID_PATTERN) -> tuple[tuple[str, Location], ...]:
        def read(node: Scalar, where: str) -> tuple[str, Location] | None:
            return (node.text, node.loc) if self._ident(node, where, pattern) else None

        return self.each(name, read)

    def finish(self, allowed: tuple[str, ...]) -> None:
        """Every field the record has but the format does not know is a problem."""
        for key, entry in self.node.entries.items():
            if key not in allowed:
                hint = did_you_mean(key, allowed)
                self.problem(entry.key_loc, key, f"unknown field; expected one of {listing(allowed)}{hint}")
