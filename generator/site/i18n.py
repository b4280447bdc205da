"""The interface's words in each edition's language: one gettext catalogue per language
(`locale/<language>/LC_MESSAGES/messages.po`, edited by translators, made and updated with
Babel: `make messages`), English being the catalogue's source text.

Templates mark their words as gettext's tools expect (`{% trans %}…{% endtrans %}`, `_("…")`),
and each language's Jinja environment puts the translation in when it compiles a template
(`CompiledTranslations`): a page costs no gettext call per word, and a value inside a sentence is
escaped as any `{{ value }}` is. The Python code's words (`_`) and dates (`date`, `period`)
are in the language `use` sets for the page being made.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import io
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from typing import Literal, Protocol, TypeVar

import jinja2
import jinja2.ext
from babel.dates import get_month_names
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from jinja2 import nodes

from generator.data.dates import MONTHS, Date
from generator.data.languages import LANGUAGES, Translated

SOURCE = LANGUAGES[0]
"""The catalogues' source language: its words are the templates' own."""
CATALOGUE = "locale/{}/LC_MESSAGES/messages.po"
"""Each language's catalogue, in the generator.site package."""


@dataclass(frozen=True)
class Words:
    """One language's interface words: its catalogue's translations, its dates and plurals."""

    language: str
    translations: gettext.NullTranslations = field(compare=False)
    catalogue_text: str = field(default="", compare=False)
    """The catalogue as read (what compiled templates depend on)."""

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def day_month_year(self, day: dt.date) -> str:
        return f"{day.day} {_month_names(self.language, 'format')[day.month]} {day.year}"

    def month_year(self, month: int, year: int) -> str:
        return f"{_month_names(self.language, 'stand-alone')[month]} {year}"


@functools.cache
def words(language: str) -> Words:
    """The words of `language` (English: the source text itself)."""
    if language == SOURCE:
        return Words(language, gettext.NullTranslations())
    text = resources.files("generator.site").joinpath(CATALOGUE.format(language)).read_text(encoding="utf-8")
    catalogue = read_po(io.StringIO(text), locale=language)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    return Words(language, gettext.GNUTranslations(compiled), text)


@functools.cache
def _month_names(language: str, context: Literal["format", "stand-alone"]) -> dict[int, str]:
    """January … December as Babel (CLDR) writes them in `language`: as in a date (`format`:
    Ukrainian's genitive, `22 березня`) or alone (`stand-alone`: `березень 2025`)."""
    return dict(get_month_names("wide", context, language))


_current: list[Words] = [words(SOURCE)]


def current() -> Words:
    """The words of the page being made."""
    return _current[-1]


@contextmanager
def use(language: str) -> Iterator[Words]:
    """Within the block, `_`, `date` and the other helpers speak `language`."""
    _current.append(words(language))
    try:
        yield _current[-1]
    finally:
        _current.pop()


def N_(message: str) -> str:
    """`message` itself, marked for the catalogue: it is translated where it is shown (`_`)."""
    return message


SOURCE_KINDS = (N_("article"), N_("interview"), N_("speech"), N_("statement"), N_("report"), N_("social-media"),
                N_("reference"))
"""The words of model.SOURCE_KINDS (tests/test_i18n.py checks that they are the same)."""


def _(message: str) -> str:
    """`message` in the current language."""
    return current().gettext(message)


def date(value: Date) -> str:
    """A date in words: `12 February 2025`, `March 2025`, `2025`, `on or before 22 March 2025`;
    `12 лютого 2025`, `березень 2025`, `до 22 березня 2025 включно`."""
    here = current()
    if here.language == SOURCE:
        return value.words
    if value.day and value.month:
        text = here.day_month_year(dt.date(value.year, value.month, value.day))
    elif value.month:
        text = here.month_year(value.month, value.year)
    else:
        text = str(value.year)
    return _("on or before %(date)s") % {"date": text} if value.before else text


def period(value: Date) -> str:
    """The timeline's heading for a date (Date.period): its month, or a heading of its own."""
    if current().language == SOURCE:
        return value.period
    if value.before:
        return capitalised(date(value))
    if not value.month:
        return _("%(year)s, month not known") % {"year": value.year}
    return capitalised(current().month_year(value.month, value.year))


def short_month(month: int, year: int) -> str:
    """`Mar 2025`, `бер. 2025`: a time axis's label."""
    language = current().language
    if language == SOURCE:
        return f"{MONTHS[month][:3]} {year}"
    return f"{dict(get_month_names('abbreviated', 'stand-alone', language))[month]} {year}"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def in_text(country) -> str:
    """A country's name as a sentence has it: `the United States` (Country.in_text) in English;
    its name in a language without articles."""
    return country.in_text if current().language == SOURCE else country.name


def text(value: str) -> str:
    """A text of the fact sheet's own in the current language: its version there, else as given
    (English; the pages mark it: environment.py)."""
    if isinstance(value, Translated):
        return value.versions.get(current().language, str(value))
    return value


class Named(Protocol):
    """A record with a name (a country, an actor)."""

    @property
    def name(self) -> str: ...


R = TypeVar("R", bound=Named)

ALPHABETS = {"uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"}
"""A language's letters in its alphabetical order, where Unicode's order is not it (Ukrainian
puts є, і, ї and ґ among the others; Unicode, after я)."""
IGNORED = frozenset("'ʼ’")
"""What alphabetical order passes over (the apostrophe in м’який)."""


def alphabetical(records: Iterable[R]) -> list[R]:
    """Records with a name (countries, actors) in the alphabetical order of their names in the
    current language; in English, as the data has them (sorted by their English names)."""
    if current().language == SOURCE:
        return list(records)
    return sorted(records, key=lambda record: collation_key(text(record.name)))


def collation_key(name: str) -> tuple[tuple[int, ...], str]:
    """What sorts a name in the current language's alphabetical order, letter case aside: Latin
    letters first, then the language's own, in their order."""
    return _collation_key(current().language, name)


@functools.lru_cache(maxsize=1 << 16)  # the same names are sorted again and again (every country, per source)
def _collation_key(language: str, name: str) -> tuple[tuple[int, ...], str]:
    ranks = _ranks(language)
    return tuple(ranks.get(c, ord(c)) for c in name.casefold() if c not in IGNORED), name


@functools.cache
def _ranks(language: str) -> dict[str, int]:
    return {letter: 0x400 + n for n, letter in enumerate(ALPHABETS.get(language, ""))}


class CompiledTranslations(jinja2.ext.InternationalizationExtension):
    """Jinja's i18n extension, translating when a template is compiled rather than when it
    renders: `{% trans %}` becomes the environment's language's text, each `{{ name }}` in it an
    output of its own (escaped as any is), and `_("…")` a constant. A plural block (`{% pluralize
    %}`) chooses its form as it renders, by the language's plural rule. The environment's
    `words` (a Words) gives the translations."""

    def _make_node(self, singular, plural, context, variables, plural_expr, vars_referenced, num_called_num):
        here: Words = self.environment.words  # type: ignore[attr-defined]
        if plural_expr is None:
            return nodes.Output(_parts(here.gettext(singular), variables))
        forms = _plural_forms(here, singular, plural)
        body: nodes.Node = nodes.Output(_parts(forms[-1], variables))
        for index in reversed(range(len(forms) - 1)):
            test = nodes.Compare(nodes.Call(nodes.Name("plural_form", "load"), [plural_expr], [], None, None),
                                 [nodes.Operand("eq", nodes.Const(index))])
            body = nodes.If(test, [nodes.Output(_parts(forms[index], variables))], [], [body])
        return body


PLACEHOLDER = re.compile(r"%\((\w+)\)s|%%")


def _parts(message: str, variables: dict[str, nodes.Expr]) -> list[nodes.Node]:
    """`message`'s text with each `%(name)s` the value of `name` (an expression), as output nodes."""
    parts: list[nodes.Node] = []
    at = 0
    for found in PLACEHOLDER.finditer(message):
        parts.append(nodes.TemplateData(message[at:found.start()]))
        parts.append(nodes.TemplateData("%") if found.group(0) == "%%" else variables[found.group(1)])
        at = found.end()
    parts.append(nodes.TemplateData(message[at:]))
    return [p for p in parts if not (isinstance(p, nodes.TemplateData) and not p.data)]


def _plural_forms(here: Words, singular: str, plural: str) -> list[str]:
    """Each plural form of a message in the language, in the order of its plural rule's numbers."""
    catalog = getattr(here.translations, "_catalog", {})  # gettext's: (singular, n) → the n-th form
    forms: list[str] = []
    while (singular, len(forms)) in catalog:
        forms.append(catalog[(singular, len(forms))])
    return forms or [singular, plural]


class ConstantGettext(jinja2.visitor.NodeTransformer):
    """`_("…")` with a constant, replaced by its translation in a parsed template: a constant, safe
    as the template's own text is (a translator's words are the template's)."""

    def __init__(self, here: Words) -> None:
        self.here = here

    def visit_Call(self, node: nodes.Call) -> nodes.Node:
        if (isinstance(node.node, nodes.Name) and node.node.name in ("_", "gettext") and len(node.args) == 1
                and isinstance(node.args[0], nodes.Const) and not node.kwargs):
            return nodes.MarkSafe(nodes.Const(self.here.gettext(node.args[0].value)), lineno=node.lineno)
        return self.generic_visit(node)


def plural_form(here: Words):
    """The index of the plural form for a number in `here`'s language (gettext's rule), as a
    template's function."""
    translations = here.translations
    rule = getattr(translations, "plural", lambda n: int(n != 1))
    return lambda n: rule(n)
