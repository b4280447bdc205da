"""The types of the data format's fields: each one class that reads a located YAML node (with its
problems and hints) and describes itself as JSON Schema for editors.

A record's fields are declared once, on the model (see `declare` and model.py); the reader
(records.py) reads them by their types; validate.py resolves what crosses records.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.data import dates
from generator.data.errors import Location, did_you_mean, listing
from generator.data.languages import LANGUAGES, English, Translated
from generator.data.records import RecordReader
from generator.data.yamlload import Map, Scalar

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
COUNTRY_PATTERN = re.compile(r"[a-z]{2}")
URL_PATTERN = re.compile(r"https?://[^\s/$.?#\x00-\x1f\x7f-\x9f][^\s\x00-\x1f\x7f-\x9f]*", re.IGNORECASE)
BOOLEANS = {"true": True, "yes": True, "false": False, "no": False}
TEXT_SCHEMA = {"type": "string", "pattern": r"\S", "patternErrorMessage": "Empty: write the text, or remove the field."}
"""`patternErrorMessage`: what an editor's YAML language server says where the pattern fails,
instead of the regular expression (a VS Code extension to JSON Schema; validators ignore it)."""


def json_pattern(regex: re.Pattern) -> str:
    """The regex in JSON Schema's dialect (ECMA 262 has no `(?P<name>`)."""
    return "^" + re.sub(r"\(\?P<\w+>", "(?:", regex.pattern) + "$"


@dataclass(frozen=True)
class Reference:
    """An id naming another record, with where it was written; validate.py resolves it."""

    id: str
    loc: Location


@dataclass(frozen=True)
class Known:
    """What the editors' schemas can list: the ids in the data, by record type."""

    ids: Mapping[str, list[str]] = dataclasses.field(default_factory=dict)


class FieldType:
    """How one kind of field is read and described. A subclass reads a single value in `convert`."""

    empty: Any = None
    """The value of the field when it is left out."""
    what = "a single value"
    """What the field expects, in messages: `expected text, found a list`."""

    def read(self, r: RecordReader, name: str, required: bool) -> Any:
        node = r.scalar(name, required, self.what)
        return self.empty if node is None else self.convert(r, node, name)

    def convert(self, r: RecordReader, node: Scalar, name: str) -> Any:
        raise NotImplementedError

    def json_schema(self, known: Known) -> dict:
        raise NotImplementedError


CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Unicode's control characters (category Cc) but tab, line feed and carriage return."""


HIDDEN = re.compile("[\u00ad\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
"""Characters that show as nothing, or turn the text around them, where they stand: a soft hyphen,
a zero-width space, a word joiner, a byte-order mark, and the bidi embeddings, overrides and
isolates. Pasted from web pages and PDFs; a quote holding one is not found by search, and one
turned around reads differently from what the file holds. (The joiners, U+200C and U+200D, and
the marks U+200E and U+200F, are allowed: some writing needs them, and they reorder nothing.)"""


def hidden_characters(text: str) -> str:
    """The hidden characters in `text`, named, e.g. "U+200B ZERO WIDTH SPACE"; empty if none."""
    found = dict.fromkeys(HIDDEN.findall(text))
    return ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, '')}".strip() for c in found)


class Text(FieldType):
    """Free text, exactly as written (surrounding white space aside)."""

    empty, what = "", "text"

    def convert(self, r: RecordReader, node: Scalar, name: str) -> str:
        text = node.text.strip()
        if not text:
            r.problem(node.loc, name, "is empty; write the text or remove the field")
        control = sorted({f"U+{ord(c):04X}" for c in CONTROL.findall(text)})
        if control:
            r.problem(node.loc, name, f"contains control characters ({', '.join(control)}); retype the text")
        if hidden := hidden_characters(text):
            r.problem(node.loc, name, f"contains characters that show as nothing or reorder the text ({hidden}); "
                                      "delete them (they come with text pasted from web pages and PDFs)")
        if node.comment:
            r.problem(node.loc, name, f"YAML drops `{node.comment}` from this text as a comment, and would "
                                      "publish it cut short; put the whole text in quotes")
        return text

    def json_schema(self, known: Known) -> dict:
        return dict(TEXT_SCHEMA)


class Translatable(Text):
    """Free text in the fact sheet's own words: English, or English with a version in another of
    its languages, `{en: ..., uk: ...}` (languages.py). Read as the English text; with versions,
    as a `Translated` carrying them."""

    what = "text, or its versions by language such as {en: ..., uk: ...}"

    def read(self, r: RecordReader, name: str, required: bool) -> Any:
        node = r.value(name, required)
        if node is None:
            return self.empty
        if isinstance(node, Scalar):
            return _english(self.convert(r, node, name))
        if not isinstance(node, Map):
            r.problem(node.loc, name, f"expected {self.what}, found a list")
            return self.empty
        found = by_language(self, r, node, name)
        if LANGUAGES[0] not in node.entries:
            r.problem(node.loc, name, f"has no English version (`{LANGUAGES[0]}: ...`); every text needs one, "
                                      "the other languages may follow")
            return self.empty
        english = found.get(LANGUAGES[0], "")
        return Translated(found) if len(found) > 1 and english else _english(english)

    def json_schema(self, known: Known) -> dict:
        by_language = {"type": "object", "properties": {x: dict(TEXT_SCHEMA) for x in LANGUAGES},
                       "required": [LANGUAGES[0]], "additionalProperties": False}
        return {"anyOf": [dict(TEXT_SCHEMA), by_language]}


def by_language(text: Text, r: RecordReader, node: Map, name: str) -> dict[str, str]:
    """A text's versions by language, each read as `text` reads one; a language not the fact
    sheet's, or a version that is no text, is a problem of its own."""
    found = {}
    for language, entry in node.entries.items():
        if language not in LANGUAGES:
            hint = ("; Ukrainian is `uk` (`ua` is Ukraine's country code)" if language == "ua"
                    else did_you_mean(language, [x for x in LANGUAGES if x not in node.entries]))
            r.problem(entry.key_loc, f"{name}.{language}",
                      f"is not one of the fact sheet's languages; expected {listing(LANGUAGES)}{hint}")
        elif not isinstance(entry.value, Scalar) or entry.value.is_null:
            r.problem(entry.value.loc, f"{name}.{language}", "expected the text in that language")
        else:
            found[language] = text.convert(r, entry.value, f"{name}.{language}")
    return found


class Translations(Text):
    """The fact sheet's own translations of a text printed in a source (a quote), by language:
    `{uk: ...}`. Never the speaker's words: shown as the fact sheet's translation. Read as pairs
    (language, text), in the order written."""

    empty: Any = ()
    what = "the fact sheet's translations by language, such as {uk: ...}"

    def read(self, r: RecordReader, name: str, required: bool) -> Any:
        node = r.value(name, required)
        if node is None:
            return self.empty
        if not isinstance(node, Map):
            r.problem(node.loc, name, f"expected {self.what}")
            return self.empty
        return tuple(by_language(self, r, node, name).items())

    def json_schema(self, known: Known) -> dict:
        return {"type": "object", "properties": {x: dict(TEXT_SCHEMA) for x in LANGUAGES},
                "additionalProperties": False, "minProperties": 1}


def _english(text: str) -> str:
    """A text in English alone, as English (empty stays a plain empty str)."""
    return English(text) if text else text


class Id(FieldType):
    """A record's own id: lower-case letters, digits and single hyphens."""

    empty, what = "", "an id"
    pattern = ID_PATTERN
    expected = "lower-case letters, digits and single hyphens, such as `steve-witkoff`"

    def convert(self, r: RecordReader, node: Scalar, name: str) -> str:
        if self.pattern.fullmatch(node.text):
            return node.text
        invisible = [f"U+{ord(c):04X}" for c in node.text if unicodedata.category(c) in ("Cf", "Zs") and c != " "]
        if invisible:
            r.problem(node.loc, name, f"`{node.text}` contains invisible characters ({', '.join(invisible)}); "
                                      "retype the id")
            return ""
        r.problem(node.loc, name, f"`{node.text}` is not a valid id; expected {self.expected}")
        return ""

    def json_schema(self, known: Known) -> dict:
        return {"type": "string", "pattern": json_pattern(self.pattern),
                "patternErrorMessage": f"Not a valid id: expected {self.expected.replace('`', '')}."}


class CountryCode(Id):
    """An ISO 3166-1 alpha-2 code in lower case."""

    pattern = COUNTRY_PATTERN
    expected = "a two-letter ISO 3166-1 country code in lower case, such as `ua`"


EXISTING_DATE = (r"^(\.\./)?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|1\d|2\d))?|-(0[13-9]|1[0-2])-30"
                 r"|-(0[13578]|1[02])-31)?$")
"""Dates that can exist, as a JSON Schema pattern (29 February allowed in any year)."""


class Date(FieldType):
    """A date of the spec's EDTF subset: 2025, 2025-03, 2025-02-12 or ../2025-03-22."""

    what = "a date"

    def convert(self, r: RecordReader, node: Scalar, name: str) -> dates.Date | None:
        parsed = dates.parse(node.text)
        if isinstance(parsed, str):
            r.problem(node.loc, name, parsed)
            return None
        return parsed

    def json_schema(self, known: Known) -> dict:
        return {"anyOf": [{"type": "string", "pattern": EXISTING_DATE,
                           "patternErrorMessage": f"Not a date that exists: expected {dates.EXPECTED}."},
                          {"type": "integer", "minimum": 1000, "maximum": 9999}]}


class Boolean(FieldType):
    what = "true or false"

    def convert(self, r: RecordReader, node: Scalar, name: str) -> bool | None:
        if node.text.lower() in BOOLEANS:
            return BOOLEANS[node.text.lower()]
        r.problem(node.loc, name, f"`{node.text}` is not true or false")
        return None

    def json_schema(self, known: Known) -> dict:
        return {"type": "boolean"}


class Url(FieldType):
    """An http or https address: never `javascript:` or `data:`."""

    empty, what = "", "a web address"

    def convert(self, r: RecordReader, node: Scalar, name: str) -> str:
        if URL_PATTERN.fullmatch(node.text):
            return node.text
        r.problem(node.loc, name, f"`{node.text}` is not a web address starting http:// or https://")
        return ""

    def json_schema(self, known: Known) -> dict:
        return {"type": "string", "pattern": json_pattern(URL_PATTERN),
                "patternErrorMessage": "Not a web address: expected one starting http:// or https://."}


class Choice(FieldType):
    """One word of a fixed list."""

    empty, what = "", "one word"

    def __init__(self, choices: tuple[str, ...]):
        self.choices = choices

    def convert(self, r: RecordReader, node: Scalar, name: str) -> str:
        if node.text in self.choices:
            return node.text
        r.problem(node.loc, name, f"`{node.text}` is not one of {listing(self.choices)}"
                                  f"{did_you_mean(node.text, self.choices)}")
        return ""

    def json_schema(self, known: Known) -> dict:
        return {"enum": list(self.choices)}


class Ref(FieldType):
    """The id of a record of type `target`; validate.py finds the record."""

    what = "an id"

    def __init__(self, target: str):
        self.target = target
        self.id_type = CountryCode() if target == "country" else Id()

    def convert(self, r: RecordReader, node: Scalar, name: str) -> Reference | None:
        return Reference(node.text, node.loc) if self.id_type.convert(r, node, name) else None

    def json_schema(self, known: Known) -> dict:
        ids = known.ids.get(self.target)
        if not ids:
            return self.id_type.json_schema(known)
        return {"enum": sorted(ids), "errorMessage": f"No {self.target} has this id: expected one of the ids in "
                                                     "the data (your editor completes them)."}


class StanceRef(FieldType):
    """A stance id of the record's topic; validate.py checks it against the topic."""

    what = "a stance id"

    def convert(self, r: RecordReader, node: Scalar, name: str) -> Reference:
        return Reference(node.text, node.loc)

    def json_schema(self, known: Known) -> dict:
        """Any id: the statement's schema offers, and accepts, only its topic's stances
        (schemafiles.statement_rules)."""
        return Id().json_schema(known)


class ListOf(FieldType):
    """A list of single values of one type; an item that fails is left out (its problem kept)."""

    empty = ()

    def __init__(self, item: FieldType):
        self.item = item

    def read(self, r: RecordReader, name: str, required: bool) -> tuple:
        values = []
        for index, node in enumerate(r.items(name)):
            where = f"{name}[{index}]"
            if not isinstance(node, Scalar) or node.is_null:
                r.problem(node.loc, where, "expected a single value")
                continue
            values.append(self.item.convert(r, node, where))
        return tuple(v for v in values if v)

    def json_schema(self, known: Known) -> dict:
        return {"type": "array", "items": self.item.json_schema(known)}


class Records(FieldType):
    """A list of nested records of model class `target` (a topic's stances, corrections)."""

    empty = ()

    def __init__(self, target: type):
        self.target = target

    def read(self, r: RecordReader, name: str, required: bool) -> tuple[tuple[dict, Map], ...]:
        """Each nested record's values with its node; problems located inside the record."""
        if required and not r.has(name):
            r.problem(r.node.loc, name, "missing; this field is required")
        found = []
        for index, node in enumerate(r.items(name)):
            where = f"{name}[{index}]"
            if not isinstance(node, Map):
                r.problem(node.loc, where, f"expected fields {listing(names(self.target))}")
                continue
            found.append((read_fields(r.nested(node, f"{where}."), declared(self.target)), node))
        return tuple(found)

    def json_schema(self, known: Known) -> dict:
        return {"type": "array", "items": record_schema(self.target, known)}


@dataclass(frozen=True)
class Declared:
    """A field as the data format declares it: its type, what it is for, whether required."""

    type: FieldType
    doc: str
    required: bool = False


def declare(ftype: FieldType, doc: str, required: bool = False) -> Any:
    """A model attribute that is also a field of the data format (see schema.declared)."""
    metadata = {"declared": Declared(ftype, doc, required)}
    if required:
        return dataclasses.field(metadata=metadata)
    return dataclasses.field(default=ftype.empty, metadata=metadata)


@dataclass(frozen=True)
class Field:
    """One declared field of a record type."""

    name: str
    type: FieldType
    doc: str
    required: bool


def declared(model: type) -> tuple[Field, ...]:
    """The data-format fields of a model class, in the order they are declared."""
    return tuple(Field(f.name, d.type, d.doc, d.required) for f in dataclasses.fields(model)
                 if (d := f.metadata.get("declared")))


def names(model: type) -> tuple[str, ...]:
    return tuple(f.name for f in declared(model))


def record_schema(model: type, known: Known) -> dict:
    """The JSON Schema of one record of `model`."""
    fields = declared(model)
    return {
        "type": "object",
        "description": (model.__doc__ or "").strip(),
        "additionalProperties": False,
        "required": [f.name for f in fields if f.required],
        "properties": {f.name: {"description": f.doc, **f.type.json_schema(known)} for f in fields},
    }


def read_fields(r: RecordReader, fields: tuple[Field, ...]) -> dict:
    """Every declared field of the record, read by its type; then any field that is not declared."""
    r.finish(tuple(f.name for f in fields))
    return {f.name: f.type.read(r, f.name, f.required) for f in fields}
