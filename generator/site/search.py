"""The site's search index, made from the fact sheet itself and loaded in parts.

The generator holds every name, alias, quote and title, so the index is made here (MkDocs'
search plugin would parse every built page again for it) and written under docs/search/ as
static files. A page that is only read loads none of it; search loads the small manifest when a
reader opens it, then only the parts a query needs:

- `search/index.json`: the manifest (how many entries, how many per part, which word parts exist);
- `search/words/<key>.json`: every indexed word that begins with `key` (its first two letters,
  written in hexadecimal UTF-8), with the entries that hold it and where (name or text);
- `search/entries/<n>.json`: the entries themselves, 200 to a part: address, title, kind, excerpt.

Entries are the people and organisations (by name and every alias), countries, topics, sources,
statements (their quote, summary, printings, speaker and topic) and the prose pages. Words are
folded as the browser folds the query (javascripts/search.js does the same, tested in
Chromium): lower case, accents and apostrophes dropped, split at anything but a letter or digit.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from generator.data.languages import versions
from generator.data.load import Prose
from generator.data.model import ACTOR_KINDS, FactSheet, Statement
from generator.site import phrases, queries, routes
from generator.site.i18n import N_, _, current, date, text
from generator.site.memo import Memo

PER_PART = 200
"""Entries in one part of `search/entries/`."""
KEY_LENGTH = 2
"""Letters of a word that name the part of `search/words/` holding it."""
NAME, TEXT = 2, 1
"""Where a word was found in an entry: its name (title, aliases), or its text."""
EXCERPT = 220
"""Characters of an entry's text shown under its title, at most."""
KIND_LABELS = {"person": N_("Person"), "organization": N_("Organisation"), "media": N_("Media"),
               "country": N_("Country"), "topic": N_("Topic"), "source": N_("Source"), "statement": N_("Statement"),
               "page": N_("Page")}
KINDS = (*ACTOR_KINDS, "country", "topic", "page", "source", "statement")
"""The order of the entries: what a reader most often looks for first (a tie in score keeps it)."""
APOSTROPHES = re.compile(r"['\u2019\u02bc]")
WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Entry:
    """One search result: where it leads (an address from the site's root), what it is called,
    what kind it is, what it says; `names` and `text` are searched, the names weighing more."""

    url: str
    title: str
    kind: str
    names: tuple[str, ...]
    text: str
    shown: str | None = None
    """What the result shows under its title, where it is not `text` itself."""
    when: str = ""
    """When it was said (a statement), shown beside its kind."""
    credit: str = ""
    """Whose printing the words shown are (a statement's), said after them however they are cut."""

    @property
    def label(self) -> str:
        kind = _(KIND_LABELS[self.kind])
        return f"{kind}, {self.when}" if self.when else kind

    @property
    def indexed(self) -> Indexed:
        """The entry as the index holds it (in the edition's language)."""
        weights: dict[str, int] = {}
        for weight, said in ((TEXT, self.text), *((NAME, n) for n in self.names)):
            for word in words(said):
                weights[word] = max(weights.get(word, 0), weight)
        return Indexed((self.url, self.title, self.label, _shown(self)), weights)


class Indexed(NamedTuple):
    """An entry as the index holds it: its result (address, title, label, what it shows: its
    part of `search/entries/`), and each word it is found by, with where: NAME where any of its
    names holds the word, else TEXT. Small, and kept in a memo for a statement's entry (memo.py)."""

    result: tuple[str, str, str, str]
    weights: dict[str, int]


def words(text: str) -> list[str]:
    """The words search indexes in a text: lower case, apostrophes dropped, split at anything
    but a letter or digit, each word's accents dropped (`fold`)."""
    return [fold(w) for w in WORD.findall(unicodedata.normalize("NFC", APOSTROPHES.sub("", text.lower())))]


@functools.lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """A word without its accents (the marks its letters decompose into)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.category(c).startswith("M"))


def entries(sheet: FactSheet, prose: Prose, where: routes.Routes) -> list[Entry]:
    """Every search entry, in the order of KINDS (`where`: the build's routes, for the sources)."""
    return [*_others(sheet, prose, where), *(_statement(s) for s in sheet.statements)]


def _others(sheet: FactSheet, prose: Prose, where: routes.Routes) -> list[Entry]:
    """Every entry but the statements', in the order of KINDS (where statements come last)."""
    found = [*_actors(sheet), *_countries(sheet), *_topics(sheet), *_pages(prose), *_sources(sheet, where)]
    return sorted(found, key=lambda e: KINDS.index(e.kind))


def _actors(sheet: FactSheet) -> Iterator[Entry]:
    for actor in queries.published_actors(sheet):
        about = [text(actor.role), text(actor.country.name) if actor.country else "", text(actor.description)]
        yield Entry(routes.from_root(routes.page_of(actor)), text(actor.name), actor.kind,
                    (*_versions(actor.name), *actor.aliases), " · ".join(a for a in about if a))


def _countries(sheet: FactSheet) -> Iterator[Entry]:
    for country in queries.published_countries(sheet):
        yield Entry(routes.from_root(routes.page_of(country)), text(country.name), "country",
                    _versions(country.name), "")


def _topics(sheet: FactSheet) -> Iterator[Entry]:
    for topic in sheet.topics:
        yield Entry(routes.from_root(routes.page_of(topic)), text(topic.title), "topic", _versions(topic.title),
                    text(topic.question))


def _pages(prose: Prose) -> Iterator[Entry]:
    own = prose.editions.get(current().language, prose)
    for page, title in PROSE_PAGES.items():
        written = own.pages.get(page, prose.pages.get(page, ("", "")))[1]
        yield Entry(routes.from_root(page), _(title), "page", (_(title),), _plain(str(written)))


PROSE_PAGES = {"index.md": N_("Home"), "about.md": N_("About")}
"""The hand-written pages searched by their words (an entity's prose is searched with its entity)."""


def _sources(sheet: FactSheet, where: routes.Routes) -> Iterator[Entry]:
    for source in sheet.sources:
        title = phrases.source_name(source)
        about = [source.publisher, date(source.date) if source.date else "", text(source.notes)]
        yield Entry(routes.from_root(where.path_of(source)), title, "source", (title, phrases.printer(source)),
                    " · ".join(a for a in about if a))


def _statement(statement: Statement) -> Entry:
    """A statement's entry: titled with its stance as qualified by the speaker, showing the words
    with whose printing they are, or the paraphrase marked as such."""
    said = f"“{statement.quote}”" if statement.quote else _("Paraphrase, not a quote:") + " " + text(statement.summary)
    searched = [said, *(p.quote for p in statement.printings), text(statement.stance.label),
                text(statement.topic.title), text(statement.occasion)]
    return Entry(routes.address(statement), phrases.position_line(statement), "statement",
                 (*_versions(statement.speaker.name), *statement.speaker.aliases), " ".join(searched), said,
                 date(statement.date), phrases.printed(statement))


def _versions(name: str) -> tuple[str, ...]:
    """A name in each language it is given in: a reader may type any."""
    return tuple(dict.fromkeys(versions(name).values())) or (name,)


MARKUP = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|<[^>]+>|[#*_`>|]+")


def _plain(markdown: str) -> str:
    """Prose as plain words: link texts kept, addresses, tags and Markdown's marks dropped."""
    return " ".join(MARKUP.sub(lambda m: m.group(1) or " ", markdown).split())


def _shown(entry: Entry) -> str:
    """What a result shows under its title: the start of its text, then whose printing it is."""
    cut = excerpt(entry.text if entry.shown is None else entry.shown)
    return f"{cut} ({entry.credit})" if entry.credit else cut


def excerpt(text: str) -> str:
    """The start of an entry's text, cut at a word."""
    if len(text) <= EXCERPT:
        return text
    return text[:EXCERPT].rsplit(" ", 1)[0] + " …"


def files(found: list[Entry]) -> dict[str, str]:
    """The index's files under docs/, by path."""
    return _files([entry.indexed for entry in found])


def _files(found: list[Indexed]) -> dict[str, str]:
    by_word: dict[str, list[int]] = {}
    for number, entry in enumerate(found):
        for word, weight in entry.weights.items():
            postings = by_word.get(word)
            if postings is None:
                by_word[word] = [number, weight]
            else:
                postings += (number, weight)
    parts: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for word in sorted(by_word):  # each part's words in order
        parts[word[:KEY_LENGTH]][word] = by_word[word]
    out = {f"search/words/{_key(k)}.json": _json(v) for k, v in parts.items()}
    for start in range(0, len(found), PER_PART):
        part = [entry.result for entry in found[start:start + PER_PART]]
        out[f"search/entries/{start // PER_PART}.json"] = _json(part)
    manifest = {"entries": len(found), "per_part": PER_PART, "key_length": KEY_LENGTH,
                "parts": {path: _digest(text) for path, text in sorted(out.items())}}
    return {"search/index.json": _json(manifest), **out}


def _key(prefix: str) -> str:
    return prefix.encode("utf-8").hex()


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _digest(text: str) -> str:
    """A part's version: the browser asks for it by this, so a part that changed is never taken
    from its cache."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def index(sheet: FactSheet, prose: Prose, where: routes.Routes, memo: Memo | None = None) -> dict[str, str]:
    """The search index's files for a fact sheet (its statements' entries taken from `memo` where
    it holds them)."""
    memo = memo or Memo()
    return _files([*(entry.indexed for entry in _others(sheet, prose, where)),
                   *(memo("search", s, lambda s: _statement(s).indexed) for s in sheet.statements)])

