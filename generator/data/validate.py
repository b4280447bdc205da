"""Loaded records → the model. Each record's fields are read by their declared types
(records.py); what crosses records is checked here: ids, references, the stances of a topic,
whose position a statement gives, and the prose named after records. Every problem is
collected, then there is one failure (DataError) or a complete FactSheet. No file is read here.
"""

from __future__ import annotations

import datetime as dt
import difflib
import posixpath
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass

from generator.data import quotes
from generator.data.dates import Date as DateValue
from generator.data.errors import DataError, Location, Problem, did_you_mean
from generator.data.fieldtypes import Field, ListOf, Records, Ref, Reference, declared, read_fields
from generator.data.load import ENTITY_FOLDERS, Document, Loaded, Prose
from generator.data.model import Actor, Correction, Country, FactSheet, Printing, Source, Stance, Statement, Topic
from generator.data.records import RecordReader
from generator.data.recordtypes import PLACEHOLDER, RECORD_TYPES
from generator.data.yamlload import Map, Scalar


class Registry:
    """Every id seen, by record type, with where it was defined and its record (None if invalid)."""

    def __init__(self) -> None:
        self.records: dict[str, dict[str, tuple[Location, object]]] = {}
        self.ages: dict[tuple[str, str], tuple[float, Location]] = {}
        """When each record's file was changed, then its place: which of two records is newer."""
        self.unreadable: set[str] = set()
        """Record types with a file that could not be read: their ids are unknown, not missing."""
        self.problems: list[Problem] = []
        self.places: dict[str, Location] = {}
        """Where a statement's words are written: `ID.quote`, `ID.excerpt`."""

    def add(self, record_type: str, r: RecordReader, record: object, modified: float) -> None:
        table = self.records.setdefault(record_type, {})
        record_id, loc = r.label, r.loc("id")
        if PLACEHOLDER.fullmatch(record_id):
            r.problem(loc, "id", f"`{record_id}` is the placeholder `new` gave this record; give it an id of its "
                                 "own, which becomes its web address")
        if record_id.startswith("#"):
            return
        age = (modified, loc)
        if record_id not in table:
            table[record_id], self.ages[record_type, record_id] = (loc, record), age
            return
        older = self.ages[record_type, record_id]
        if age < older:  # the one kept so far is the newer: it is the one to rename
            self.problems.append(Problem(older[1], _used_twice(record_type, record_id, loc), record_id, "id"))
            table[record_id], self.ages[record_type, record_id] = (loc, record), age
        else:
            r.problem(loc, "id", _used_twice(record_type, record_id, older[1]))

    def get(self, r: RecordReader, field: str, record_type: str, ref: Reference | None):
        """The record `ref` names; a problem if there is none (not if it exists but is invalid)."""
        if not ref:
            return None
        table = self.records.get(record_type, {})
        if ref.id in table:
            return table[ref.id][1]
        if record_type not in self.unreadable:
            r.problem(ref.loc, field, f"no {record_type} has the id `{ref.id}`{did_you_mean(ref.id, table)}")
        return None

    def all(self, record_type: str) -> tuple:
        return tuple(record for _, record in self.records.get(record_type, {}).values() if record)

    def ids(self, record_type: str) -> set[str]:
        return set(self.records.get(record_type, {}))


@dataclass(frozen=True)
class CheckedBefore:
    """Records checked before, taken as they are (build/cache.py): a fact sheet checked by an earlier
    build, less the statements of `reread`, the statement files read again (or gone)."""

    sheet: FactSheet
    reread: frozenset[str]
    """Statement files, as messages show them."""

    def seed(self, registry: Registry) -> None:
        """Put the records taken as they are into `registry`, as if read."""
        sheet = self.sheet
        kept = [s for s in sheet.statements if sheet.where[s.id].file not in self.reread]
        for name, records in (("topic", sheet.topics), ("source", sheet.sources), ("country", sheet.countries),
                              ("actor", sheet.actors), ("statement", kept)):
            table = registry.records.setdefault(name, {})
            for record in records:
                loc = sheet.where[record.id] if name == "statement" else Location("(checked before)")
                table[record.id], registry.ages[name, record.id] = (loc, record), (0.0, loc)
        registry.places.update({key: sheet.where[key] for s in kept for key in (f"{s.id}.quote", f"{s.id}.excerpt")
                                if key in sheet.where})


SitePages = Callable[[Mapping[str, Collection[str]]], Collection[str]]
"""The pages the site will have (under docs/), given the ids of each record type that has pages of
its own (country, actor, topic): routes.pages_for. Passed in, so that the data knows no route."""


def validate(loaded: Loaded, today: dt.date | None = None, checked_before: CheckedBefore | None = None,
             site_pages: SitePages | None = None) -> FactSheet:
    """Check everything loaded; raise DataError listing every problem, in the data and the prose.
    Nothing may be dated after `today` (the real today unless given). With `checked_before`, its
    records count as read and checked: `loaded` then holds the statement files read again. With
    `site_pages`, links in the prose must point to a page the site will have."""
    problems: list[Problem] = []
    registry = Registry()
    if checked_before:
        checked_before.seed(registry)
    today = today or dt.date.today()
    for name, documents in loaded.documents.items():
        fields = declared(RECORD_TYPES[name].model)
        for r, modified in _records(name, documents, problems, registry):
            values = _resolve(r, fields, read_fields(r, fields), registry)
            _check_dates(r, values, today)
            record = BUILDERS[name](r, values, loaded)
            registry.add(name, r, record if r.ok else None, modified)
            registry.places.update({f"{r.label}.{f}": r.loc(f) for f in ("quote", "excerpt") if r.has(f)})
    problems += (
        registry.problems + _prose_problems(loaded.prose, registry, site_pages) + _text_problems(loaded, registry)
        + list(loaded.stray)
    )
    if problems:
        raise DataError(problems)
    return FactSheet(
        topics=registry.all("topic"),
        countries=tuple(sorted(registry.all("country"), key=lambda c: c.name)),
        actors=tuple(sorted(registry.all("actor"), key=lambda a: a.name)),
        sources=tuple(sorted(registry.all("source"), key=_by_date)),
        statements=tuple(sorted(registry.all("statement"), key=_by_date)),
        where={**{record_id: loc for record_id, (loc, _) in registry.records.get("statement", {}).items()},
               **registry.places},
    )


def _used_twice(record_type: str, record_id: str, older: Location) -> str:
    return (f"the {record_type} id `{record_id}` is already used by an older record at {older}; give this "
            "one an id of its own")


def _by_date(record: Source | Statement) -> tuple:
    """Oldest first; a source whose date is not known comes last."""
    return record.date is None, record.date.sort_key if record.date else (), record.id


def _resolve(r: RecordReader, fields: tuple[Field, ...], values: dict, registry: Registry) -> dict:
    """References replaced by the records they name."""
    resolved = dict(values)
    for f in fields:
        if isinstance(f.type, Ref):
            resolved[f.name] = registry.get(r, f.name, f.type.target, values[f.name])
        elif isinstance(f.type, ListOf) and isinstance(f.type.item, Ref):
            resolved[f.name] = tuple(registry.get(r, f.name, f.type.item.target, ref) for ref in values[f.name])
        elif isinstance(f.type, Records):
            inner = declared(f.type.target)
            resolved[f.name] = tuple((_resolve(r.nested(node, f"{f.name}[{index}]."), inner, nested, registry), node)
                                     for index, (nested, node) in enumerate(values[f.name]))
    return resolved


def _records(name: str, documents: list[Document], problems: list[Problem],
             registry: Registry) -> Iterator[tuple[RecordReader, float]]:
    """Each record of the documents, with when its file changed; problems with the files themselves are noted."""
    for document in documents:
        problems.extend(document.problems)
        unreadable = bool(document.problems)
        for index, node in enumerate(document.records.items if document.records else ()):
            if not isinstance(node, Map):
                problems.append(Problem(node.loc, f"#{index + 1}: a record must be fields such as `id: ...`"))
                unreadable = True
                continue
            yield RecordReader(node, _label(node, index), problems), document.modified
        if unreadable:
            registry.unreadable.add(name)


def _label(node: Map, index: int) -> str:
    entry = node.entries.get("id")
    if entry and isinstance(entry.value, Scalar) and not entry.value.is_null:
        return entry.value.text
    return f"#{index + 1}"


PROSE_LINK = re.compile(r"\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def _prose_links(prose: Prose, registry: Registry, site_pages: SitePages) -> list[Problem]:
    """Links in the prose to pages of the site that will not exist: reported now, with the data's
    problems, rather than by MkDocs after the pages are written."""
    pages = set(site_pages({t: registry.ids(t) for t in ENTITY_FOLDERS.values()}))
    problems = []
    for page, (shown, text) in prose.pages.items():
        for line_no, line in enumerate(text.splitlines(), 1):
            for link in PROSE_LINK.finditer(line):
                target = link.group(1).split("#")[0]
                if not target.endswith(".md") or "://" in target or target.startswith("/"):
                    continue
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), target))
                if resolved not in pages:
                    problems.append(Problem(Location(shown, line_no, link.start(1) + 1),
                                            f"the link `{link.group(1)}` points to no page of the site"
                                            f"{did_you_mean(resolved, sorted(pages))}"))
    return problems


def _prose_problems(prose: Prose, registry: Registry, site_pages: SitePages | None) -> list[Problem]:
    """Prose files that cannot be read, are named after no record, or link to no page; in each
    edition's prose too (its pages are laid out as the English edition's)."""
    problems = list(prose.problems) + (_prose_links(prose, registry, site_pages) if site_pages else [])
    for edition in prose.editions.values():
        problems += _prose_problems(edition, registry, site_pages)
    for key, shown in prose.files.items():
        folder, _, stem = key.partition("/")
        record_type = ENTITY_FOLDERS[folder]
        if not shown.endswith(".md"):
            problems.append(Problem(Location(shown), f"prose files are Markdown named <id>.md: rename it to {stem}.md"))
        elif stem not in registry.ids(record_type) and record_type not in registry.unreadable:
            problems.append(
                Problem(Location(shown), f"no {record_type} has the id `{stem}`; prose files are named <id>.md")
            )
    return problems


def _check_dates(r: RecordReader, values: dict, today: dt.date) -> None:
    """Nothing is dated in the future; nothing was said after the source that reports it; a
    source's address was not checked before it was published, nor a statement corrected before
    it was said."""
    date, source = values.get("date"), values.get("source")
    if date and date.first_day > today:
        r.problem(r.loc("date"), "date", f"`{date.text}` is in the future; date it when it was said or published")
    elif date and isinstance(source, Source) and source.date and date.is_after(source.date):
        r.problem(r.loc("date"), "date", f"`{date.text}` is after its source `{source.id}` ({source.date.words}); "
                                         "a source cannot report what was said later")
    accessed = values.get("accessed")
    if accessed and accessed.first_day > today:
        r.problem(r.loc("accessed"), "accessed", f"`{accessed.text}` is in the future; write the day the address "
                                                 "was last checked")
    for index, (correction, node) in enumerate(values.get("corrections", ())):
        _check_correction_date(r, correction.get("date"), node, f"corrections[{index}].date", date, today)


def _check_correction_date(r: RecordReader, corrected: DateValue | None, node: Map, field: str,
                           said: DateValue | None, today: dt.date) -> None:
    """A correction is dated no later than today and no earlier than the statement it corrects."""
    where = node.entries["date"].value.loc if "date" in node.entries else node.loc
    if corrected and corrected.first_day > today:
        r.problem(where, field, f"`{corrected.text}` is in the future; date the correction when it was made")
    elif corrected and said and said.is_after(corrected):
        r.problem(where, field, f"`{corrected.text}` is before the statement was made ({said.words}); a "
                                "correction comes after what it corrects")


def _source(r: RecordReader, values: dict, loaded: Loaded) -> Source:
    if values["accessed"] and not r.has("url"):
        r.problem(r.loc("accessed"), "accessed", "says when the address was checked, but there is no url; add "
                                                 "the url or remove accessed")
    stored = loaded.texts.get(values["id"])
    if stored and not stored.problems:
        return Source(**values, text=stored.text, text_file=stored.shown)
    return Source(**values)


def _text_problems(loaded: Loaded, registry: Registry) -> list[Problem]:
    """Stored texts that cannot be read or are named after no source."""
    problems: list[Problem] = []
    sources = registry.ids("source")
    for name, stored in loaded.texts.items():
        problems += stored.problems
        if not stored.problems and name not in sources and "source" not in registry.unreadable:
            problems.append(Problem(Location(stored.shown), f"no source has the id `{name}`"
                                    f"{did_you_mean(name, sorted(sources))}; a stored text is named "
                                    "<source-id>.txt"))
    return problems


def _topic(r: RecordReader, values: dict, loaded: Loaded) -> Topic:
    stances, seen = [], set()
    for stance_values, node in values["stances"]:
        stance = Stance(**stance_values)
        if stance.id and stance.id in seen:
            r.problem(node.loc, "stances", f"the stance id `{stance.id}` is used twice")
        seen.add(stance.id)
        stances.append(stance)
    return Topic(**{**values, "stances": tuple(stances)})


def _statement(r: RecordReader, values: dict, loaded: Loaded) -> Statement | None:
    topic = values["topic"]
    words = not r.misspelt & {"quote", "summary", "excerpt"}
    written = {"quote", "summary"} & r.node.entries.keys()  # left empty: that is the problem reported
    if words and not written:
        r.problem(r.node.loc, "summary", "missing; a statement without a quote needs a summary")
    if words and values["summary"] and not r.has("quote") and not r.has("excerpt"):
        r.problem(r.loc("summary"), "excerpt", "missing; a summary without a quote needs the passage of the "
                                               "source it rests on, word for word (excerpt: ...)")
    _check_wording(r)
    stance = _stance_of(r, topic, values["stance"])
    corrections = tuple(Correction(**v) for v, _ in values["corrections"])
    printings = _printings(r, values)
    position_of = _position_of(r, values)
    _check_hedges(r, values)
    _check_words_in_source(r, values)
    if not r.ok:
        return None
    return Statement(**{**values, "stance": stance, "corrections": corrections, "position_of": position_of,
                        "printings": printings,
                        "wording": values["wording"] or "as-printed",
                        "close_to_excerpt": _close(values["summary"], values["excerpt"]),
                        "written_at": r.loc("id")})


def _stance_of(r: RecordReader, topic: Topic | None, ref: Reference | None) -> Stance | None:
    if ref is None or topic is None:
        return None
    stance = topic.stance(ref.id)
    if stance is None:
        ids = [s.id for s in topic.stances]
        hint = did_you_mean(ref.id, ids)
        r.problem(ref.loc, "stance", f"`{ref.id}` is not a stance of topic `{topic.id}` ({', '.join(ids)}){hint}")
    return stance


def _position_of(r: RecordReader, values: dict) -> tuple:
    """Whose position the statement gives, by its voice (see README, "Own or reported")."""
    voice, speaker, given = values["voice"], values["speaker"], values["position_of"]
    home = (speaker.country,) if speaker and speaker.country else ()
    where = r.loc("position_of")
    if voice == "reported" and not r.listed("position_of") and "position_of" not in r.misspelt:
        r.problem(where, "position_of", "missing; a reported position names the countries whose position the "
                                        "speaker reports, e.g. position_of: [de, hu]")
    elif voice == "view" and given:
        r.problem(where, "position_of", "a view states no country's position; remove position_of, or say "
                                        "`voice: own` or `voice: reported`")
    elif voice == "own" and given and (len(given) != 1 or given[0] is not (home[0] if home else None)):
        country = f"`{home[0].id}`" if home else "none: the speaker has no country"
        r.problem(where, "position_of", f"an own position is that of the speaker's country ({country}); for "
                                        "other countries' positions say `voice: reported`")
    return home if voice == "own" else given if voice == "reported" else ()


def _check_wording(r: RecordReader) -> None:
    """`wording`, `original` and `quote_translation` describe a quote; an original belongs to a
    translation."""
    if not r.has("quote"):
        for name in ("wording", "original", "quote_translation"):
            if r.has(name):
                r.problem(r.loc(name), name, "only a quote has this; add the quote or remove the field")
        return
    wording = r.node.entries["wording"].value if r.has("wording") else None
    if r.has("original") and getattr(wording, "text", "") != "translated":
        r.problem(r.loc("original"), "original", "only a translated quote has an original; "
                                                 "say `wording: translated`")


def _check_words_in_source(r: RecordReader, values: dict) -> None:
    """Where the fact sheet stores what a source printed, the words it is cited for are in it:
    the quote and the excerpt in the statement's source, each other printing in its own."""
    for name in quotes.FIELDS:
        _check_words(r, name, values[name], values["source"])


def _check_words(r: RecordReader, name: str, words: str, source: object) -> None:
    if not words or not isinstance(source, Source) or not source.stored:
        return
    found = quotes.not_found(words, quotes.normalised(source.text))
    if found:
        r.problem(r.loc(name), name, quotes.mismatch_message(found, source.text_file))


def _printings(r: RecordReader, values: dict) -> tuple[Printing, ...]:
    """The other printings of the quote: each from a source of its own, with its words in that
    source's stored text, and not dated before the statement."""
    found, cited = [], {values["source"]}
    if values["printings"] and not r.has("quote"):
        r.problem(r.loc("printings"), "printings", "other printings of the quote need the quote itself; write "
                                                   "`quote:` as the statement's source prints it")
    for index, (printing, node) in enumerate(values["printings"]):
        inner = r.nested(node, f"printings[{index}].")
        source = printing["source"]
        if source in cited and source is not None:
            inner.problem(inner.loc("source"), "source", f"`{source.id}` is already cited by this statement; "
                                                          "each printing is another source's")
        cited.add(source)
        _check_words(inner, "quote", printing["quote"], source)
        if source and source.date and values["date"] and values["date"].is_after(source.date):
            inner.problem(inner.loc("source"), "source", f"`{source.id}` ({source.date.words}) is dated before "
                                                          f"the statement ({values['date'].words})")
        found.append(Printing(**printing))
    return tuple(found)


QUALIFIERS = {"hedges": "a hedge", "conditions": "a condition"}


def _check_hedges(r: RecordReader, values: dict) -> None:
    """Each hedge and condition is the speaker's own words: it must stand in the quote or the excerpt."""
    words = quotes.normalise(f"{values['quote']} {values['excerpt']}").casefold()
    for name, what in QUALIFIERS.items():
        for index, phrase in enumerate(values[name]):
            if quotes.normalise(phrase).casefold() not in words:
                r.problem(r.items(name)[index].loc, f"{name}[{index}]",
                          f"`{phrase}` is not in the quote or the excerpt; {what} is the speaker's words as printed")


CLOSE = 0.75
"""How alike a summary and its excerpt are before the page says the summary nearly repeats it."""


WORD = re.compile(r"\w+")


def _close(summary: str, excerpt: str) -> bool:
    """Whether the summary nearly repeats the excerpt, word for word."""
    if not (summary and excerpt):
        return False
    a, b = (WORD.findall(quotes.normalise(t).casefold()) for t in (summary, excerpt))
    alike = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return alike.real_quick_ratio() >= CLOSE and alike.quick_ratio() >= CLOSE and alike.ratio() >= CLOSE  # bounds first


def _country(r: RecordReader, values: dict, loaded: Loaded) -> Country:
    stated = values["nato_member_since"] is not None or values["nato_member"] is not None
    if stated and not r.has("nato_source"):
        field = "nato_member_since" if values["nato_member_since"] else "nato_member"
        r.problem(r.loc(field), "nato_source", f"missing; {field} needs the source that gives it "
                                               "(nato_source: a source id from data/sources.yaml)")
    if r.has("nato_source") and not stated:
        r.problem(r.loc("nato_source"), "nato_source", "gives nothing: add nato_member_since or nato_member")
    _check_nato_status_in_source(r, values)
    return Country(**values)


def _check_nato_status_in_source(r: RecordReader, values: dict) -> None:
    """Where the reference's text is stored, a line of it names the country with the year it
    joined (`nato_member_since`), or with "not" where it is said not to be a member."""
    source, name = values["nato_source"], values["name"]
    if not isinstance(source, Source) or not source.stored or not name:
        return
    since, member = values["nato_member_since"], values["nato_member"]
    field, word = ("nato_member_since", since.text) if since else ("nato_member", "not" if member is False else "")
    if field == "nato_member" and member is None:
        return
    if not any(_names(line, name) and (not word or _names(line, word)) for line in source.text.splitlines()):
        given = f" with `{word}`" if word else ""
        r.problem(r.loc(field), field, f"{source.text_file} has no line that names {name}{given}; "
                                       "a NATO status is recorded as its reference gives it")


def _names(line: str, word: str) -> bool:
    """Whether `line` holds `word` as a whole word (or words)."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", line) is not None


BUILDERS = {
    "topic": _topic,
    "source": _source,
    "country": _country,
    "actor": lambda r, values, loaded: Actor(**values),
    "statement": _statement,
}
