"""The data to reuse: the whole fact sheet as JSON (with its JSON Schema), the statements as CSV,
and an Atom feed of the newest statements. Written beside the pages by the same atomic write;
MkDocs copies them into the site as they are.

Built with the standard library's serialisers (json, csv, ElementTree), never by joining text.
"""

from __future__ import annotations

import csv
import datetime as dt
import heapq
import io
import json
import xml.etree.ElementTree as ET

from generator.data.dates import Date
from generator.data.languages import LANGUAGES, versions
from generator.data.model import Actor, Country, FactSheet, Source, Statement, Topic
from generator.site.i18n import N_, _, text
from generator.site.memo import Memo
from generator.site.phrases import printed, printer, source_name, statement_line
from generator.site.queries import last_updated
from generator.site.routes import address

SITE_NAME = N_("Ukraine and NATO — who says what")
"""The site's name (mkdocs.yml's site_name; in each edition's language: themewords.py)."""
"""As mkdocs.yml names the site (a test keeps them equal): in citations and the feed."""
JSON_PATH = "downloads/factsheet.json"
SCHEMA_PATH = "downloads/factsheet.schema.json"
CSV_PATH = "downloads/statements.csv"
FEED_PATH = "feed.xml"
ATOM = "http://www.w3.org/2005/Atom"
CSV_COLUMNS = ["id", "in_one_line", "date", "earliest", "latest", "speaker", "speaker_name", "voice", "position_of",
               "position_of_names", "topic", "topic_title", "stance", "stance_label", "conditions", "hedges", "quote",
               "wording", "original", "summary", "excerpt", "printed_by", "also_printed_by", "occasion", "source",
               "source_name", "corrections", "address"]


def files(sheet: FactSheet, memo: Memo | None = None) -> dict[str, str]:
    """Every download, by its path under docs/; each statement's record and row taken from `memo`
    where it holds them (memo.py: the last build's, for the statements unchanged since)."""
    memo = memo or Memo()
    return {JSON_PATH: factsheet_json(sheet, memo), SCHEMA_PATH: json.dumps(SCHEMA, indent=2) + "\n",
            CSV_PATH: statements_csv(sheet, memo), FEED_PATH: atom_feed(sheet)}


def _date(date: Date | None) -> dict | None:
    if date is None:
        return None
    earliest = None if date.before else date.first_day.isoformat()
    return {"as_written": date.text, "earliest": earliest, "latest": date.last_day.isoformat(), "words": date.words}


def _said(s: Statement) -> dict:
    """When a statement was said, as a range that never runs past its source's date."""
    return {"as_written": s.date.text, "earliest": s.first_day.isoformat() if s.first_day else None,
            "latest": s.last_day.isoformat(), "words": s.date.words}


def _translated(item: dict, texts: dict[str, str]) -> dict:
    """`item` with, where any of its `texts` (by field) is also given in another language than
    English, `translations`: {language: {field: text}} (languages.py)."""
    found: dict[str, dict[str, str]] = {}
    for field, value in texts.items():
        for language, version in versions(value).items():
            if language != LANGUAGES[0]:
                found.setdefault(language, {})[field] = version
    return {**item, "translations": found} if found else item


def _topic(t: Topic) -> dict:
    stances = [_translated({"id": s.id, "label": s.label}, {"label": s.label}) for s in t.stances]
    return _translated({"id": t.id, "title": t.title, "question": t.question, "stances": stances},
                       {"title": t.title, "question": t.question})


def _country(c: Country) -> dict:
    return _translated({"id": c.id, "name": c.name, "nato_member_since": _date(c.nato_member_since),
                        "nato_member": c.nato_member, "nato_source": c.nato_source.id if c.nato_source else None},
                       {"name": c.name})


def _actor(a: Actor) -> dict:
    return _translated({"id": a.id, "name": a.name, "kind": a.kind, "country": a.country.id if a.country else None,
                        "role": a.role or None, "aliases": list(a.aliases), "description": a.description or None},
                       {"name": a.name, "role": a.role, "description": a.description})


def _source(s: Source) -> dict:
    return _translated({"id": s.id, "kind": s.kind, "name": source_name(s), "title": s.title or None,
                        "date": _date(s.date), "publisher": s.publisher or None, "language": s.language or None,
                        "notes": s.notes or None, "url": s.url or None, "archive_url": s.archive_url or None,
                        "accessed": _date(s.accessed), "text_stored": s.stored}, {"notes": s.notes})


def statement_record(s: Statement) -> dict:
    """A statement's record in the JSON download; its `translations` hold the fact sheet's
    translations of its quote too, as `quote`."""
    record = _translated(_statement_record(s), {"summary": s.summary, "occasion": s.occasion})
    for language, words in s.quote_translation:
        record.setdefault("translations", {}).setdefault(language, {})["quote"] = words
    return record


def _statement_record(s: Statement) -> dict:
    return {"id": s.id, "in_one_line": statement_line(s), "date": _said(s), "speaker": s.speaker.id,
            "topic": s.topic.id, "stance": s.stance.id, "voice": s.voice, "position_of": [c.id for c in s.position_of],
            "conditions": list(s.conditions), "hedges": list(s.hedges), "printed_by": printer(s.source),
            "printings": [{"source": p.source.id, "printed_by": printer(p.source), "quote": p.quote,
                           "checked_in_source": p.source.stored} for p in s.printings],
            "quote": s.quote or None, "wording": s.wording if s.quote else None, "original": s.original or None,
            "summary": s.summary or None, "excerpt": s.excerpt or None, "occasion": s.occasion or None,
            "mentions": [a.id for a in s.mentions], "source": s.source.id, "checked_in_source": s.source.stored,
            "corrections": [_translated({"date": _date(c.date), "note": c.note}, {"note": c.note})
                            for c in s.corrections],
            "address": address(s)}


def factsheet_json(sheet: FactSheet, memo: Memo | None = None) -> str:
    """The whole fact sheet, not indented (Python encodes that 10 times slower); each statement's
    record as JSON is taken from `memo` where it holds it."""
    memo = memo or Memo()
    updated = last_updated(sheet)
    data = {"$schema": "factsheet.schema.json", "last_updated": _date(updated),
            "topics": [_topic(t) for t in sheet.topics], "countries": [_country(c) for c in sheet.countries],
            "actors": [_actor(a) for a in sheet.actors], "sources": [_source(s) for s in sheet.sources]}
    statements = [memo("json", s, lambda s: _dumps(statement_record(s))) for s in sheet.statements]
    return _dumps_with(data, "statements", statements) + "\n"


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _dumps_with(data: dict, key: str, items: list[str]) -> str:
    """`data` as JSON with, last, `key`: the list of `items`, each already JSON. The same text as
    `_dumps` of the whole (tests/test_memo.py), without encoding again what was kept."""
    opened = _dumps({**data, key: []})
    return f"{opened.removesuffix('[]}')}[{', '.join(items)}]}}"


def statements_csv(sheet: FactSheet, memo: Memo | None = None) -> str:
    """Every statement, a row each (taken from `memo` where it holds it)."""
    memo = memo or Memo()
    rows = [memo("csv", s, lambda s: _csv_row([_cell(v) for v in _row(s)])) for s in sheet.statements]
    return _csv_row(CSV_COLUMNS) + "".join(rows)


def _row(s: Statement) -> list[str]:
    """A statement's values, in the order of CSV_COLUMNS."""
    return [s.id, statement_line(s), s.date.text, s.first_day.isoformat() if s.first_day else "",
            s.last_day.isoformat(), s.speaker.id, s.speaker.name, s.voice, ";".join(c.id for c in s.position_of),
            ";".join(text(c.name) for c in s.position_of), s.topic.id, s.topic.title, s.stance.id, s.stance.label,
            ";".join(s.conditions), ";".join(s.hedges), s.quote, s.wording if s.quote else "", s.original, s.summary,
            s.excerpt, printer(s.source), ";".join(printer(p.source) for p in s.printings), s.occasion, s.source.id,
            source_name(s.source), ";".join(f"{c.date.text}: {text(c.note)}" for c in s.corrections), address(s)]


def _csv_row(cells: list[str]) -> str:
    """One row of the CSV, as the csv module writes it."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(cells)
    return out.getvalue()


DERIVED = ("in_one_line",)
"""Fields of a statement's record that only repeat the others in a sentence."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""How a cell starts that a spreadsheet would run as a formula (OWASP, CSV injection)."""


def _cell(value: str) -> str:
    """A CSV cell in the edition's language (a text of the fact sheet's own in its version there),
    that a spreadsheet shows as text: one that would start a formula gets a leading `'` (OWASP's
    advice; the JSON download keeps the text exactly)."""
    value = text(value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


FEED_ENTRIES = 100
"""Statements in the feed at most: the newest (a feed reader fetches it again and again; the
JSON and CSV downloads hold every statement)."""


def atom_feed(sheet: FactSheet) -> str:
    """The newest statements, newest first (by their latest possible day). Links are relative to
    the feed, which lives at the site's root; ids are URNs, so they hold wherever the site is served."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    updated = last_updated(sheet)
    _text(feed, "title", _(SITE_NAME))
    _text(feed, "id", "urn:nato-factsheet:statements")
    _text(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", _(SITE_NAME))  # who wrote each entry: the fact sheet
    _text(feed, "updated", _timestamp(updated.last_day if updated else dt.date(1970, 1, 1)))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=FEED_PATH)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href="timeline/")
    for s in heapq.nlargest(FEED_ENTRIES, sheet.statements, key=lambda s: (s.date.sort_key, s.id)):
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "title", statement_line(s))
        _text(entry, "id", f"urn:nato-factsheet:statement:{s.id}")
        _text(entry, "updated", _timestamp(max([s.last_day] + [c.date.last_day for c in s.corrections])))
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=address(s))
        _text(entry, "summary", f"“{s.quote}” ({printed(s)})" if s.quote else f"{text(s.summary)} ({printed(s)})")
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = text


def _timestamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


_DATE = {"type": ["object", "null"], "required": ["as_written", "earliest", "latest", "words"], "properties": {
    "as_written": {"type": "string"}, "earliest": {"type": ["string", "null"], "format": "date"},
    "latest": {"type": "string", "format": "date"}, "words": {"type": "string"}}}
_IDS = {"type": "array", "items": {"type": "string"}}
_TEXT = {"type": ["string", "null"]}
SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "title": "Ukraine and NATO: who says what (the whole fact sheet)",
    "description": "Dates are ranges: earliest is null for a date given as on or before a day. A record whose "
                   "own words (a name, a label, a summary) are also given in another language than English has "
                   "`translations`: {language: {field: text}}; quotes are as their sources print them.",
    "type": "object",
    "required": ["last_updated", "topics", "countries", "actors", "sources", "statements"],
    "properties": {
        "$schema": {"type": "string"},
        "last_updated": _DATE,
        "topics": {"type": "array", "items": {"type": "object", "required": ["id", "title", "question", "stances"]}},
        "countries": {"type": "array", "items": {"type": "object", "required": ["id", "name", "nato_source"]}},
        "actors": {"type": "array", "items": {"type": "object", "required": ["id", "name", "kind", "country"]}},
        "sources": {"type": "array", "items": {"type": "object",
                                               "required": ["id", "kind", "name", "url", "text_stored"],
                                               "properties": {"text_stored": {
            "type": "boolean", "description": "Whether the fact sheet stores what the source printed, and has "
                                              "checked its statements' quotes and excerpts against it."}}}},
        "statements": {"type": "array", "items": {
            "type": "object",
            "required": ["id", "date", "speaker", "topic", "stance", "voice", "position_of", "source",
                         "checked_in_source", "address"],
            "properties": {
                "id": {"type": "string"}, "date": _DATE, "speaker": {"type": "string"}, "topic": {"type": "string"},
                "stance": {"type": "string"}, "voice": {"enum": ["own", "reported", "view"]},
                "in_one_line": {"type": "string", "description": "The statement in one line, as the site words "
                                "it: when, who, whose position, the stance with its conditions and hedges, the "
                                "topic, and whose printing it rests on."},
                "position_of": _IDS, "conditions": _IDS, "hedges": _IDS, "printed_by": {"type": "string"},
                "printings": {"type": "array", "description": "Other sources' printings of the quote, each "
                              "source with the words as it prints them; like the quote, none is given as the "
                              "speaker's own words.",
                              "items": {"type": "object", "required": ["source", "printed_by", "quote",
                                                                       "checked_in_source"]}},
                "quote": _TEXT, "summary": _TEXT, "excerpt": _TEXT,
                "source": {"type": "string"}, "address": {"type": "string"},
                "checked_in_source": {"type": "boolean", "description": "Whether the quote and the excerpt were "
                                      "found in the fact sheet's stored copy of the source."},
            },
        }},
    },
}
