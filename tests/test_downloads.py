"""The data to reuse (generator/downloads.py): each download loaded back and compared with the
fixture fact sheet's YAML, as a researcher would load it."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import jsonschema
from conftest import SHEET

from generator.build.pipeline import read_sheet
from generator.site import downloads, i18n

FIXTURE = read_sheet(SHEET / "data")
FILES = downloads.files(FIXTURE)
ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_json_holds_every_record_and_passes_its_schema():
    data = json.loads(FILES[downloads.JSON_PATH])
    jsonschema.validate(data, json.loads(FILES[downloads.SCHEMA_PATH]))
    for kind in ("topics", "countries", "actors", "sources", "statements"):
        assert [r["id"] for r in data[kind]] == [r.id for r in getattr(FIXTURE, kind)], kind
    reed = next(s for s in data["statements"] if s["id"] == "reed-ukraine-accepted")
    assert reed | {"date": None} == reed | {
        "date": None,
        "speaker": "sam-reed",
        "voice": "reported",
        "position_of": ["ua"],
        "hedges": ["I think", "largely"],
        "quote": "I think they have largely accepted it.",
        "wording": "as-printed",
        "address": "actors/sam-reed/#reed-ukraine-accepted",
    }
    assert reed["date"] == {"as_written": "../2025-03-22", "earliest": None, "latest": "2025-03-22",
                            "words": "on or before 22 March 2025"}
    assert data["last_updated"]["as_written"] == "2025-03-25"  # the latest correction


def test_the_csv_has_one_row_per_statement_with_the_date_as_written_and_as_a_range():
    rows = list(csv.DictReader(io.StringIO(FILES[downloads.CSV_PATH])))
    assert [r["id"] for r in rows] == [s.id for s in FIXTURE.statements]
    month = next(r for r in rows if r["id"] == "berg-supports-in-february")
    source_date = next(s for s in FIXTURE.statements if s.id == "berg-supports-in-february").source.date
    assert source_date.text == "2025-02-20"  # so February, said by then, ends on the 20th
    assert (month["date"], month["earliest"], month["latest"]) == ("2025-02", "2025-02-01", "2025-02-20")
    courier = next(r for r in rows if r["id"] == "courier-reports-opposition")
    assert (courier["voice"], courier["position_of"], courier["position_of_names"]) == (
        "reported", "us;de;no", "United States;Germany;Norway")
    assert (
        next(r for r in rows if r["id"] == "lind-no")["corrections"]
        == "2025-03-25: Date corrected from 2025-01 to 2025."
    )


def test_the_atom_feed_holds_only_the_newest_statements(monkeypatch):
    monkeypatch.setattr(downloads, "FEED_ENTRIES", 2)
    entries = ET.fromstring(downloads.atom_feed(FIXTURE)).findall(f"{ATOM}entry")
    newest = sorted(FIXTURE.statements, key=lambda s: (s.date.sort_key, s.id), reverse=True)[:2]
    assert [e.find(f"{ATOM}id").text.rsplit(":", 1)[1] for e in entries] == [s.id for s in newest]


def test_the_atom_feed_lists_the_statements_newest_first():
    assert len(FIXTURE.statements) <= downloads.FEED_ENTRIES
    feed = ET.fromstring(FILES[downloads.FEED_PATH])
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(FIXTURE.statements)
    ids = [e.find(f"{ATOM}id").text.rsplit(":", 1)[1] for e in entries]
    assert ids == [s.id for s in sorted(FIXTURE.statements, key=lambda s: (s.date.sort_key, s.id), reverse=True)]
    first = entries[-1]
    assert first.find(f"{ATOM}link").get("href") == "actors/the-courier/#courier-reports-opposition"
    assert first.find(f"{ATOM}author") is None  # the fact sheet wrote the entry, not the speaker:
    assert feed.find(f"{ATOM}author/{ATOM}name").text == downloads.SITE_NAME
    assert first.find(f"{ATOM}title").text == (
        "October 2024: The Courier reports the position of the United States, Germany and Norway: Opposes "
        "membership (Membership); paraphrased by the fact sheet from Article of 22 March 2025")


def test_downloads_are_in_the_built_site_and_linked_from_every_page(built_site):
    for path in (downloads.JSON_PATH, downloads.SCHEMA_PATH, downloads.CSV_PATH, downloads.FEED_PATH):
        assert (built_site / path).read_text(encoding="utf-8") == FILES[path], path
    for page in built_site.rglob("index.html"):
        if page.parent.name != "search":
            assert "factsheet.json" in page.read_text(encoding="utf-8"), page


def test_the_site_name_in_citations_and_the_feed_is_mkdocs_own():
    from conftest import ROOT
    from mkdocs.config import load_config

    assert load_config(str(ROOT / "mkdocs.yml"))["site_name"] == downloads.SITE_NAME


def test_a_csv_cell_that_would_start_a_formula_is_shown_as_text_and_the_json_keeps_the_words(tmp_path):
    """OWASP's advice against CSV injection: a leading `'`; the JSON keeps the words as written."""
    from conftest import MINIMAL, minimal_statement, write_data

    from generator.build.pipeline import read_sheet as validate

    data = write_data(tmp_path / "data", {**MINIMAL, "statements/one.yaml": minimal_statement(
        quote="'=SUM(1, 2)'", extra="  occasion: '@home'")})
    sheet = validate(data)
    rows = list(csv.DictReader(io.StringIO(downloads.statements_csv(sheet))))
    assert rows[0]["quote"] == "'" + sheet.statements[0].quote and rows[0]["occasion"] == "'@home"
    assert rows[0]["id"] == "doe-opposes"
    assert json.loads(downloads.factsheet_json(sheet))["statements"][0]["quote"] == sheet.statements[0].quote


def test_a_quote_printed_by_two_sources_carries_both_in_every_download():
    data = json.loads(FILES[downloads.JSON_PATH])
    reed = next(s for s in data["statements"] if s["id"] == "reed-ukraine-accepted")
    assert (reed["quote"], reed["printed_by"]) == ("I think they have largely accepted it.",
                                                   "Article of 22 March 2025")
    assert reed["printings"] == [{"source": "wire-reed", "printed_by": "The Wire", "checked_in_source": True,
                                  "quote": "I think that they've largely conceded it"}]
    row = next(r for r in csv.DictReader(io.StringIO(FILES[downloads.CSV_PATH])) if r["id"] == reed["id"])
    assert (row["printed_by"], row["also_printed_by"]) == (reed["printed_by"], "The Wire")
    assert row["in_one_line"] == reed["in_one_line"]
    entry = next(e for e in ET.fromstring(FILES[downloads.FEED_PATH]).findall(f"{ATOM}entry")
                 if e.find(f"{ATOM}id").text.endswith(reed["id"]))
    assert entry.find(f"{ATOM}title").text == reed["in_one_line"]
    assert entry.find(f"{ATOM}summary").text == (
        "“I think they have largely accepted it.” (as printed by Article of 22 March 2025 "
        "(also printed, in other words, by The Wire))")


def test_every_output_words_each_statement_the_same_way():
    data = json.loads(FILES[downloads.JSON_PATH])
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(FILES[downloads.CSV_PATH]))}
    titles = {e.find(f"{ATOM}id").text.rsplit(":", 1)[1]: e.find(f"{ATOM}title").text
              for e in ET.fromstring(FILES[downloads.FEED_PATH]).findall(f"{ATOM}entry")}
    for s in data["statements"]:
        assert rows[s["id"]]["in_one_line"] == titles[s["id"]] == s["in_one_line"]
        assert s["in_one_line"].endswith(s["printed_by"]) or f"by {s['printed_by']} (also printed" in s["in_one_line"]


def test_the_csv_and_the_feed_of_an_edition_are_in_its_language():
    with i18n.use("uk"):
        files = downloads.files(FIXTURE)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(files[downloads.CSV_PATH]))}
    koval = rows["koval-accession"]
    assert (koval["topic_title"], koval["stance_label"]) == ("Членство", "Підтримує членство")
    courier = rows["courier-reports-opposition"]
    assert courier["stance_label"] == "Opposes membership"  # given in English alone
    assert courier["position_of_names"].split(";")[1] == "Німеччина"  # a country given in Ukrainian
    assert courier["in_one_line"].startswith("Жовтень 2024: The Courier передає позицію країни")
    feed = ET.fromstring(files[downloads.FEED_PATH])
    assert feed.find(f"{ATOM}title").text == "Україна і НАТО — хто що каже"
