"""Reading one raw record: its declared fields as typed values, every problem located.

Every read of a field goes through its type (fieldtypes.py), so that the planned
`{en: ..., uk: ...}` text mappings are one change in one place (fieldtypes.Text).
"""

from __future__ import annotations

from generator.data.errors import Location, Problem, did_you_mean, listing
from generator.data.yamlload import Map, Node, Scalar, Seq


class RecordReader:
    """The fields of one record, read one at a time; what is wrong lands in `problems`."""

    def __init__(self, node: Map, label: str, problems: list[Problem], prefix: str = ""):
        self.node = node
        self.label = label
        """The record's id, or `#N` where it has no usable id."""
        self.problems = problems
        self.prefix = prefix
        """For a record inside a record: where it is, e.g. `stances[1].`."""
        self.misspelt: set[str] = set()
        """Declared fields an unknown field is a near miss of (`qoute` → `quote`): what follows
        from their absence is not reported, the misspelling is."""
        self._start = len(problems)

    @property
    def ok(self) -> bool:
        """No problem was found in this record so far."""
        return len(self.problems) == self._start

    def nested(self, node: Map, prefix: str) -> RecordReader:
        """A reader for a record inside this one, its problems named after this record."""
        return RecordReader(node, self.label, self.problems, prefix=self.prefix + prefix)

    def problem(self, loc: Location, field: str, message: str) -> None:
        self.problems.append(Problem(loc, message, self.label, self.prefix + field))

    def loc(self, name: str) -> Location:
        entry = self.node.entries.get(name)
        return entry.value.loc if entry else self.node.loc

    def has(self, name: str) -> bool:
        """The field is present with a value (not left empty)."""
        entry = self.node.entries.get(name)
        return entry is not None and not (isinstance(entry.value, Scalar) and entry.value.is_null)

    def listed(self, name: str) -> bool:
        """The field is a list with at least one item (valid or not: those are reported on their own)."""
        return self.has(name) and not (isinstance(value := self.node.entries[name].value, Seq) and not value.items)

    def value(self, name: str, required: bool) -> Node | None:
        """The field's node. Left out: None (a problem if required). Written but empty: None
        and a problem either way: an empty field is never silently dropped."""
        entry = self.node.entries.get(name)
        if not self.has(name):
            if required and name not in self.misspelt:
                where = entry.key_loc if entry else self.node.loc
                self.problem(where, name, "missing; this field is required")
            elif entry is not None:
                self.problem(entry.key_loc, name, "is empty; fill it in, or remove the line if the source "
                                                  "does not give it")
            return None
        return entry.value if entry is not None else None

    def scalar(self, name: str, required: bool = True, what: str = "a single value") -> Scalar | None:
        node = self.value(name, required)
        if node is None or isinstance(node, Scalar):
            return node
        found = "a list" if isinstance(node, Seq) else "a mapping"
        self.problem(node.loc, name, f"expected {what}, found {found}")
        return None

    def items(self, name: str) -> tuple[Node, ...]:
        """A list field's items; a single value where a list is expected is a problem."""
        node = self.value(name, False)
        if node is None or isinstance(node, Seq):
            return node.items if node else ()
        self.problem(node.loc, name, "expected a list, such as [a, b] or lines starting with `- `")
        return ()

    def finish(self, allowed: tuple[str, ...]) -> None:
        """Every field the record has but the format does not know is a problem."""
        for key, entry in self.node.entries.items():
            if key not in allowed:
                hint = did_you_mean(key, [a for a in allowed if a not in self.node.entries])
                self.misspelt.update(a for a in allowed if hint.endswith(f"`{a}`?"))
                self.problem(entry.key_loc, key, f"unknown field; expected one of {listing(allowed)}{hint}")
