"""The planned and rendered pages of the fixture fact sheet: what every list says of a statement.

A reported statement must never read as the speaker's own stance: wherever it is listed, the
line names the reporter and says "report", and names the country unless the page is the
country's own.
"""

from __future__ import annotations

import re
import shutil

import pytest
from conftest import SHEET
from markupsafe import escape

from generator.build.pipeline import Paths, check
from generator.build.pipeline import read_sheet as validate_data
from generator.site import phrases
from generator.site.plan import plan
from generator.site.render import render

SHEET_MODEL, LOADED = check(Paths(SHEET / "data", SHEET / "content"))
PAGES = render(plan(SHEET_MODEL, LOADED.prose))
REPORTED = [s for s in SHEET_MODEL.statements if s.voice == "reported"]


def list_lines(page: str) -> list[str]:
    """List items and table rows, Markdown or HTML: the places a statement is named in one line."""
    return [line for line in PAGES[page].splitlines() if line.startswith(("- ", "| ", "<li>", "<tr>"))]


def table_row(text: str, country: str) -> str:
    """The one row of a table (HTML) that starts with a country's name."""
    (row,) = [line for line in text.splitlines() if line.startswith("<tr><td>") and f">{country}</a></td>" in line
              .split("</td>")[0] + "</td>"]
    return row


@pytest.mark.parametrize("statement", REPORTED, ids=lambda s: s.id)
def test_every_list_line_of_a_reported_statement_names_reporter_and_country(statement):
    seen = 0
    for path in PAGES:
        for line in list_lines(path):
            linked = f"#{statement.id})" in line or f'#{statement.id}"' in line
            label = statement.stance.label
            if not linked or (f"**{label}**" not in line and f"<strong>{label}</strong>" not in line):
                continue  # not listed here, or listed by date alone (the sources' occasions): no stance shown
            seen += 1
            assert statement.speaker.name in line and "report" in line, (path, line)
            countries = [c for c in statement.position_of if re.search(rf"[(/\"]{c.id}\.md[)\"]", line)]
            on_own_page = any(path == f"countries/{c.id}.md" for c in statement.position_of)
            assert countries or on_own_page, (path, line)
            speaker_then_stance = rf"{re.escape(statement.speaker.name)}(\]\([^)]*\)|</a>): (\*\*|<strong>)"
            assert not re.search(speaker_then_stance, line), (path, line)
    assert seen >= 2


def test_the_matrix_says_order_not_known_and_shows_each_candidate():
    row = table_row(PAGES["index.md"], "United States")
    assert '<a href="countries/us.md#topic-membership"><em>Order not known:</em></a>' in row  # the cell's one link
    supports, not_realistic = row.split("Order not known:")[1].split("<br>")[1:3]
    assert "Supports membership</span> February 2025" in supports
    assert "Considers membership not realistic</span> 12 February 2025" in not_realistic


def test_the_country_and_topic_pages_say_order_not_known():
    assert "<strong>Latest:</strong> <em>Order not known:</em>" in PAGES["countries/us.md"]
    topic = PAGES["topics/membership.md"]
    unknown = topic.split("### Order not known")[1].split("## Statements")[0]
    assert ">United States</a>" in unknown
    assert "berg-supports-in-february" in unknown and "berg-not-realistic" in unknown


def test_a_statement_says_whose_wording_a_quote_is():
    translated = PAGES["actors/oleh-koval.md"].split('id="koval-guarantees-now"')[1].split('class="fs-statement"')[0]
    assert 'in its translation. Original words: “<span lang="uk">Ми хочемо гарантій зараз.</span>”' in translated
    as_printed = PAGES["actors/anna-berg.md"].split('id="berg-not-realistic"')[1].split('class="fs-statement"')[0]
    assert "which does not say whether these are the speaker's exact words or a translation" in as_printed


def test_a_paraphrase_shows_the_passage_it_rests_on_and_hedges_stay_visible():
    koval = PAGES["actors/oleh-koval.md"].split('id="koval-reports-germany"')[1].split('class="fs-statement"')[0]
    assert "Paraphrase, close to the source's wording" in koval
    assert "The source's words</span> “In January, Koval said that Germany was against Ukraine joining.”" in koval
    reed = PAGES["actors/sam-reed.md"].split('id="reed-ukraine-accepted"')[1].split('class="fs-statement"')[0]
    assert "<strong>Hedged by the speaker:</strong> “I think”, “largely”" in reed
    assert '<strong>Reported position of</strong> <a href="../countries/ua.md">Ukraine</a>' in reed
    view = PAGES["actors/sam-reed.md"].split('id="reed-guarantees-open"')[1].split('class="fs-statement"')[0]
    assert "it states no country's position" in view


def test_pages_with_nothing_on_them_are_not_published_and_not_linked():
    assert "actors/ivan-nobody.md" not in PAGES and "countries/ru.md" not in PAGES
    assert not any(
        "ivan-nobody.md" in text or "countries/ru.md" in text or "(ru.md)" in text for text in PAGES.values()
    )
    assert "Also recorded, with no statement yet: Russia: Not a NATO member" in PAGES["countries/index.md"]


def test_nato_status_is_shown_with_its_source_and_names_read_in_sentences():
    us = PAGES["countries/us.md"]
    assert "**NATO:** NATO member since 1949 (source: [Reference by The Alliance]" in us
    assert "## Statements by people of the United States" in us
    assert "**NATO:** NATO membership not recorded in the sources" in PAGES["countries/no.md"]


def test_counts_agree_in_number():
    assert (
        'Press conference; 1 statement: <a href="actors/anna-berg.md#berg-not-realistic">12 February 2025</a>'
        in PAGES["sources.md"]
    )
    assert "2 statements cite it." in PAGES["sources.md"] and "(2 statements)" in PAGES["topics/index.md"]


def test_each_statement_is_shown_in_full_once_at_its_permanent_address():
    for statement in SHEET_MODEL.statements:
        holders = [path for path, text in PAGES.items() if f'id="{statement.id}"' in text]
        assert holders == [f"actors/{statement.speaker.id}.md"], statement.id


def test_long_lists_are_split_into_parts_that_link_to_each_other(tmp_path):
    import sys

    from conftest import ROOT
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import write

    write(tmp_path / "data", 40)  # 400 statements
    sheet = validate_data(tmp_path / "data")
    pages = render(plan(sheet, LOADED.prose))
    timeline = sorted(p for p in pages if p == "timeline.md" or p.startswith("timeline/"))
    assert len(timeline) >= 2
    listed = [line for p in timeline for line in pages[p].splitlines()
              if line.startswith(('<li><a href="../actors/', '<li><a href="actors/'))]  # a line opens with its link
    assert len(listed) == len(sheet.statements)  # every statement once, over the parts
    for path in timeline:
        others = [p for p in timeline if p != path]
        assert all(f'href="{_site_relative(path, o)}"' in pages[path] for o in others), path
    assert all(len(text) < 250_000 for text in pages.values())  # HTML at most 300 KB: make bench measures it


def _site_relative(page: str, target: str) -> str:
    from generator.site.routes import markdown_link
    return markdown_link(target, page)


def test_statements_in_full_carry_schema_org_data_that_never_passes_a_paraphrase_off_as_a_quote():
    import json

    text = PAGES["actors/oleh-koval.md"]
    data = json.loads(text.split('<script type="application/ld+json">')[1].split("</script>")[0])
    items = {i["@id"]: i for i in data["@graph"]}
    assert items["#koval-guarantees-now"] == {
        "@type": "Quotation", "@id": "#koval-guarantees-now", "text": "We want guarantees now.",
        "creator": {"@type": "Person", "name": "Oleh Koval"},
        "name": "On or before 22 March 2025: Oleh Koval, for Ukraine: Supports guarantees (Guarantees without "
                "membership); as printed by Article of 22 March 2025",
        "citation": {"@id": "_:daily-2025-03-22"}}  # where it was printed, although the source has no address:
    assert items["_:daily-2025-03-22"] == {"@id": "_:daily-2025-03-22", "@type": "NewsArticle",
                                           "name": "Article of 22 March 2025",
                                           "datePublished": "2025-03-22"}  # given once, however many cite it
    assert all(i["citation"]["@id"] in items for i in items.values() if "citation" in i)
    assert (
        items["#koval-accession"]["@type"] == "Claim"
        and "not the speaker's words" in items["#koval-accession"]["description"]
    )
    berg = json.loads(PAGES["actors/anna-berg.md"].split('ld+json">')[1].split("</script>")[0])
    exact = next(i for i in berg["@graph"] if i["@id"] == "#berg-not-realistic")
    assert (exact["dateCreated"], exact["isBasedOn"]) == ("2025-02-12", "https://example.org/gazette/envoys")
    works = {i["@id"]: i for i in berg["@graph"]}
    assert works[exact["citation"]["@id"]]["url"] == "https://example.org/gazette/envoys"


def test_a_statement_says_how_to_cite_it():
    cite = PAGES["actors/anna-berg.md"].split('id="berg-not-realistic"')[1].split('class="fs-statement"')[0]
    assert (
        '<p class="fs-cite"><span class="fs-label">Cite</span> '
        'Anna Berg, Secretary of State, 12 February 2025, '
        "Press conference. “Membership is not realistic.”, as quoted in Envoys speak, "
        "https://example.org/gazette/envoys. In: Ukraine and NATO — who says what, "
        '<span class="fs-address">actors/anna-berg/#berg-not-realistic</span>'
    ) in cite


def test_a_countrys_history_marks_a_change_as_later_only_when_the_dates_say_so():
    (line,) = [li for li in PAGES["countries/us.md"].splitlines() if "Over time" in li]
    october, exact, month = (line.index(f"#{i}\"") for i in
                             ("courier-reports-opposition", "berg-not-realistic", "berg-supports-in-february"))
    assert october < exact < month
    assert ", then " in line[october:exact] and ", and, order not known, " in line[exact:month]


def map_links() -> dict[str, str]:
    """The map page's country links: accessible name by address."""
    return dict(re.findall(r'<a href="countries/([a-z]{2})\.md" aria-label="([^"]*)">', PAGES["map.md"]))


def test_the_map_names_each_countrys_latest_position_whose_it_is_who_stated_it_and_when():
    links = map_links()
    assert links["de"] == "Germany: Opposes membership, its own position: Karl Lind, 2025"
    assert links["no"] == "Norway: Opposes membership, as others report it: The Courier, October 2024"
    assert links["us"] == ("United States: order not known (Supports membership or Considers membership not "
                           "realistic), its own position: Anna Berg, February 2025 and Anna Berg, 12 February 2025")
    assert links["ua"] == ("Ukraine: Supports membership, its own position: Oleh Koval, on or before 22 March 2025; "
                           "reported otherwise: Accepts that Ukraine will not join, by Sam Reed, on or before 22 "
                           "March 2025")  # as the cell beside the map says


def test_the_map_names_the_hedges_of_a_latest_position(tmp_path):
    shutil.copytree(SHEET, tmp_path / "sheet")
    statements = tmp_path / "sheet" / "data" / "statements" / "statements.yaml"
    records = statements.read_text(encoding="utf-8").split("\n- id: ")
    statements.write_text("\n- id: ".join(r for r in records if not r.startswith("koval-accession")),
                          encoding="utf-8")  # Ukraine's own position gone: Reed's hedged report is the latest
    sheet, loaded = check(Paths(tmp_path / "sheet" / "data", tmp_path / "sheet" / "content"))
    page = render([p for p in plan(sheet, loaded.prose) if p.path == "map.md"])["map.md"]
    assert ('aria-label="Ukraine: Accepts that Ukraine will not join (hedged: “I think”, “largely”), as others '
            'report it: Sam Reed, on or before 22 March 2025"' in page)


def test_the_map_links_each_published_country_once_and_draws_the_unpublished_without_a_link():
    page = PAGES["map.md"]
    assert sorted(map_links()) == sorted(c.id for c in SHEET_MODEL.countries if c.id != "ru")
    assert page.count('<a href="countries/') == len(map_links())
    assert '<g role="img" aria-label="Russia: no statement recorded on Membership">' in page


def test_the_map_hatches_a_reported_position_and_dots_an_order_not_known():
    page = PAGES["map.md"]
    norway = page.split('aria-label="Norway')[1].split("</a>")[0]
    assert 'fill="url(#fs-map-hatch-' in norway and "dots" not in norway
    us = page.split('aria-label="United States')[1].split("</a>")[0]
    assert 'class="fs-map-unknown"' in us and 'fill="url(#fs-map-dots-' in us and "hatch" not in us
    germany = page.split('aria-label="Germany')[1].split("</a>")[0]
    assert 'class="fs-map-stance fs-against-1"' in germany and "url(#" not in germany  # Opposes: against, strongest


def test_the_map_has_a_legend_entry_for_each_stance_and_leads_to_the_table_in_words():
    page = PAGES["map.md"]
    topic = SHEET_MODEL.topics[0]
    for stance in topic.stances:
        assert f"{stance.label}</li>" in page
    assert "[table on the home page](index.md#at-a-glance)" in page
    assert "{ #at-a-glance }" in PAGES["index.md"]


def test_each_timeline_page_draws_each_of_its_statements_as_a_mark_linking_to_it():
    marks = re.findall(
        r'<a class="fs-tl-m fs-(?:for-\d|against-\d|neither) fs-tl-(own|reported|view)[^"]*" '
        r'href="actors/([a-z0-9-]+)\.md#([a-z0-9-]+)"',
        PAGES["timeline.md"],
    )
    assert sorted(m[2] for m in marks) == sorted(s.id for s in SHEET_MODEL.statements)
    by_id = {s.id: s for s in SHEET_MODEL.statements}
    assert all(by_id[i].voice == voice and by_id[i].speaker.id == speaker for voice, speaker, i in marks)
    in_one_line = {s.id: phrases.statement_line(s) for s in SHEET_MODEL.statements}
    assert in_one_line["courier-reports-opposition"] == (
        "October 2024: The Courier reports the position of the United States, Germany and Norway: Opposes "
        "membership (Membership); paraphrased by the fact sheet from Article of 22 March 2025")
    assert in_one_line["reed-ukraine-accepted"].startswith(
        "On or before 22 March 2025: Sam Reed reports the position of Ukraine: Accepts that Ukraine will not join "
        "(hedged: “I think”, “largely”) (Membership); as printed by ")
    for line in in_one_line.values():  # the mark's name is the statement in one line, as every output words it
        assert f'<span class="fs-tl-name">{escape(line)}</span>' in PAGES["timeline.md"]


def test_a_country_page_lists_what_its_people_said_not_only_a_link():
    for statement in SHEET_MODEL.statements:
        if statement.speaker.country is None:
            continue
        page = PAGES.get(f"countries/{statement.speaker.country.id}.md", "")
        (line,) = [line for line in list_lines(f"countries/{statement.speaker.country.id}.md")
                   if f'#{statement.id}"><strong>' in line and "fs-said" in line]  # its people's list
        said = statement.quote or statement.summary
        assert html_text(said) in line, (statement.id, line)
        assert ("(as quoted in " in line) if statement.quote else ("Paraphrase, not a quote: " in line)
        assert page


def html_text(text: str) -> str:
    import html
    return html.escape(" ".join(text.split()), quote=True)


def test_a_country_page_lists_what_its_people_said_in_schema_org_data_by_their_permanent_addresses():
    import json

    data = json.loads(PAGES["countries/us.md"].split('<script type="application/ld+json">')[1].split("</script>")[0])
    said = [s for s in SHEET_MODEL.statements if s.speaker.country and s.speaker.country.id == "us"]
    assert data["@type"] == "ItemList" and data["name"] == "Statements by people of the United States"
    assert [i["item"]["@id"] for i in data["itemListElement"]] == [f"../../actors/{s.speaker.id}/#{s.id}" for s in said]
    assert [i["position"] for i in data["itemListElement"]] == list(range(1, len(said) + 1))
    berg = json.loads(PAGES["actors/anna-berg.md"].split('ld+json">')[1].split("</script>")[0])
    assert "#berg-not-realistic" in {i["@id"] for i in berg["@graph"]}  # what each is: on its speaker's page


def test_a_country_page_with_many_statements_by_its_people_shows_their_lines_without_their_words(monkeypatch):
    from generator.site import plan as planning

    (page,) = [p for p in plan(SHEET_MODEL, LOADED.prose) if p.path == "countries/ua.md"]
    assert page.context.words and "fs-said" in render([page])["countries/ua.md"]
    monkeypatch.setattr(planning, "WORDS_UP_TO", 2)
    (page,) = [p for p in plan(SHEET_MODEL, LOADED.prose) if p.path == "countries/ua.md"]
    text = render([page])["countries/ua.md"]
    assert not page.context.words and "fs-said" not in text
    assert "Each statement's words are on its speaker's page: its date leads there." in text


def test_a_countrys_history_says_which_stances_the_speaker_hedged():
    (line,) = [li for li in PAGES["countries/ua.md"].splitlines() if "Over time" in li]
    assert ">on or before 22 March 2025</a> (reported) (hedged)" in line  # Reed: “I think”, “largely”
    assert line.count("(hedged)") == 1


def test_each_printing_in_json_ld_says_it_is_its_own_sources_printing():
    import json

    data = json.loads(PAGES["actors/sam-reed.md"].split('ld+json">')[1].split("</script>")[0])
    items = {i["@id"]: i for i in data["@graph"]}
    own, other = items["#reed-ukraine-accepted"], items["#reed-ukraine-accepted/printed-by/wire-reed"]
    assert other["text"] == "I think that they've largely conceded it"
    assert other["name"].endswith("; as printed by The Wire (also printed, in other words, by Article of 22 March "
                                  "2025)")
    assert own["name"].endswith("; as printed by Article of 22 March 2025 (also printed, in "
                                "other words, by The Wire)")
    assert other["citation"] == {"@id": "_:wire-reed"} and own["citation"] == {"@id": "_:daily-2025-03-22"}


def test_a_quote_printed_by_two_sources_shows_both_side_by_side_each_with_whose_it_is():
    statement = PAGES["actors/sam-reed.md"].split('id="reed-ukraine-accepted"')[1].split('class="fs-meta"')[0]
    assert "the fact sheet gives none of them as the speaker's own" in statement
    figures = re.findall(r'<figure class="fs-printing">(.*?)</figure>', statement, re.S)
    assert len(figures) == 2
    assert "“I think <mark>they have</mark> largely <mark>accepted</mark> it.”" in figures[0]
    assert 'As printed by <a href="../sources.md#daily-2025-03-22">' in figures[0]
    assert "22 March 2025" in figures[0]
    assert "“I think <mark>that they&#39;ve</mark> largely <mark>conceded</mark> it”" in figures[1]
    assert ('As printed by <a href="../sources.md#wire-reed">The Wire</a>, date not recorded · '
            '<a href="https://example.org/wire/reed">its address</a>') in figures[1]


def test_a_reported_position_differing_from_the_own_one_is_shown_beside_it_on_home():
    row = table_row(PAGES["index.md"], "Ukraine")
    own, _, reported = row.partition("<em>Reported otherwise:</em>")
    assert "Supports membership" in own and 'href="countries/ua.md#topic-membership">on or before 22 March' in own
    assert "fs-reported" in reported and "Accepts that Ukraine will not join" in reported
    latest = PAGES["countries/ua.md"].split("{ #topic-membership }")[1].split("</p>")[0]  # where the date leads
    assert "Oleh Koval" in latest and 'reported by <a href="../actors/sam-reed.md">Sam Reed</a>' in latest


def test_a_cell_gives_a_stance_once_and_a_latest_position_names_five_statements_and_counts_the_rest(tmp_path):
    from conftest import MINIMAL, minimal_statement, write_data

    many = "".join(minimal_statement(id=f"doe-opposes-{n}") for n in range(7))
    data = write_data(tmp_path / "data", {**MINIMAL, "statements/one.yaml": many})
    sheet, loaded = check(Paths(data, None))
    pages = render([p for p in plan(sheet, loaded.prose) if p.path in ("index.md", "countries/ua.md")])
    assert table_row(pages["index.md"], "Ukraine").count(">12 February 2025</a>") == 1
    latest = pages["countries/ua.md"].split("<strong>Latest")[1].split("</p>")[0]
    assert latest.count(">12 February 2025</a>") == 5
    assert latest.endswith("and 2 more (the country's page lists them)")


def test_a_source_that_prints_a_statement_in_other_words_is_listed_as_citing_it():
    wire = PAGES["sources.md"].split("{ #wire-reed }")[1].split("\n## ")[0]
    assert "1 statement cites it." in wire and "#reed-ukraine-accepted" in wire
    assert "../sources.md#wire-reed" in PAGES["countries/ua.md"]


def test_each_field_of_a_source_is_an_item_of_its_own():
    items = [line for line in PAGES["sources.md"].splitlines() if line.startswith("- **")]
    assert all(line.count("- **") == 1 for line in items)
    assert any(line.startswith("- **Stored copy:**") for line in items)


def _home_summary(text: str) -> str:
    return text.split("## Where countries stand")[1].split("## All positions at a glance")[0]


def test_home_leads_with_each_topics_countries_under_their_latest_stance_saying_whose_it_is():
    from generator.site import queries

    text = PAGES["index.md"]
    assert text.index("## Where countries stand") < text.index("## All positions at a glance")
    summary = _home_summary(text)
    seen = 0
    for topic in SHEET_MODEL.topics:
        for stance, found in queries.latest_by_stance(SHEET_MODEL, topic):
            if not found:
                assert f">{escape(stance.label)}</span>" not in summary.split(f"### {topic.title}")[1].split("###")[0]
                continue
            (line,) = [li for li in summary.splitlines() if f">{escape(stance.label)}</span> " in li
                       and li in summary.split(f"### {topic.title}")[1].split("###")[0]]
            for country, latest in found:
                named = f'<a href="countries/{country.id}.md">{escape(country.name)}</a>'
                assert (named + " (reported)" in line) == (not latest.own), (line, country.id)
                assert named in line
                seen += 1
    assert seen >= 3
    for topic in SHEET_MODEL.topics:  # as of when, said of the dates: an "on or before" date is never "the newest"
        latest = queries.latest_date(queries.latest_per_country(SHEET_MODEL, topic))
        shown = summary.split(f"### {topic.title}")[1].split("###")[0]
        assert f"The latest date among these statements: {latest.words}." in shown and "Newest" not in shown


def test_home_names_a_topic_without_positions_once_instead_of_a_column_of_blanks(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(SHEET / "data", data)
    topics = data / "topics.yaml"
    topics.write_text(topics.read_text() + "\n- id: quiet\n  title: A quiet question\n  question: Is anyone asking?\n"
                      "  stances:\n    - id: yes\n      label: Says yes\n    - id: no\n      label: Says no\n")
    home = render(plan(validate_data(data), LOADED.prose))["index.md"]
    assert "No position is recorded yet on [A quiet question](topics/quiet.md)." in home
    table = home.split("## All positions at a glance")[1]
    assert "A quiet question" not in table and "### A quiet question" not in home
    assert "—" not in table


def test_the_corrections_page_names_each_corrected_statement_in_words_not_by_its_id():
    page = PAGES["corrections.md"]
    corrected = [s for s in SHEET_MODEL.statements if s.corrections]
    assert corrected
    for statement in corrected:
        (line,) = [li for li in page.splitlines() if f"](actors/{statement.speaker.id}.md#{statement.id})" in li]
        link_text = line.split("](")[0]
        assert statement.id.replace("-", "\\-") not in link_text and statement.id not in link_text
        assert statement.speaker.name in link_text and statement.date.words in link_text


def test_a_missing_title_is_said_once_on_the_sources_entry_not_in_every_citation():
    import re

    untitled = [s for s in SHEET_MODEL.sources if not s.title]
    assert untitled
    sources = "".join(text for path, text in PAGES.items() if path.startswith("sources"))
    for source in untitled:
        entry = sources.split(f"{{ #{source.id} }}")[1].split("\n## ")[0]
        assert entry.count("**Title:** not recorded") == 1
    elsewhere = [path for path, text in PAGES.items() if not path.startswith("sources") and "not recorded" in text
                 and re.search(r"\(title not recorded\)|Title:\*\* not recorded", text)]
    assert elsewhere == []


def test_every_text_in_cyrillic_on_a_page_says_its_language():
    import re

    found = 0
    for path, text in PAGES.items():
        for run in re.finditer(r"[^<>\n]*[\u0400-\u04ff][^<>\n]*", text):
            before = text[max(0, run.start() - 40):run.start()]
            if "ld+json" in before or "fs-tl-name" in before:
                continue
            opening = text[:run.start()].rsplit("<", 1)[-1]
            assert re.match(r'(span|blockquote)[^>]* lang="(uk|ru)"', opening), (path, run.group())
            found += 1
    assert found >= 2  # the fixture's Ukrainian alias and original words


def test_a_long_list_of_people_and_organisations_is_cut_into_parts_each_name_once(monkeypatch):
    from generator.site import plan as planning
    from generator.site.queries import published_actors

    monkeypatch.setattr(planning, "NAMES_PAGE", 2)
    parts = [p for p in plan(SHEET_MODEL, LOADED.prose) if p.path.startswith("actors/index")]
    published = published_actors(SHEET_MODEL)
    assert [p.path for p in parts] == ["actors/index.md"] + [f"actors/index/{n}.md" for n in range(2, len(parts) + 1)]
    listed = [a for p in parts for _, _, group in p.context.groups for a in group]
    assert sorted(a.id for a in listed) == sorted(a.id for a in published) and len(listed) == len(published)
    assert all(sum(len(g) for _, _, g in p.context.groups) <= 2 for p in parts)
    assert all(not p.context.unpublished for p in parts[:-1])
    pages = render(parts)
    first = pages["actors/index.md"]
    assert "Part 1 of" in first and 'href="index/2.md">' in first  # the parts' navigation


def test_a_country_page_lists_its_peoples_newest_statements_and_leaves_the_older_to_their_speakers(monkeypatch):
    from generator.site import plan as planning
    ua = next(c for c in SHEET_MODEL.countries if c.id == "ua")
    said = [s for s in SHEET_MODEL.statements if s.speaker.country is ua]  # in date order, oldest first
    assert len(said) >= 3 and said[-1].date.last_day > said[0].date.last_day
    monkeypatch.setattr(planning, "LINES_UP_TO", 1)
    (page,) = [p for p in plan(SHEET_MODEL, LOADED.prose) if p.path == "countries/ua.md"]
    text = render([page])["countries/ua.md"]
    listed = text.split("## Statements by people of Ukraine")[1].split("## Sources")[0]
    assert listed.count("<li>") == 1 and f"#{said[-1].id}" in listed  # the newest
    assert (f"The {len(said) - 1} statements by its people before these in date order are each on its speaker's "
            "page.") in listed
    assert all(f'href="../actors/{s.speaker.id}.md"' in text for s in said)  # their speakers, linked


def test_a_line_leaves_out_what_its_place_says_the_topic_above_it_and_the_country_whose_page_it_is():
    own = PAGES["countries/us.md"].split("**Its own stated positions:**")[1].split("[/fs-raw]")[0]
    assert '<a href="../actors/anna-berg.md">Anna Berg</a>: <strong>Supports membership</strong>.</li>' in own
    listed = PAGES["topics/membership.md"].split("## Statements")[1].split("[/fs-raw]")[0]
    assert listed.count("<li>") >= 3 and 'href="../topics/' not in listed
    assert ', for the <a href="../countries/us.md">United States</a>: ' in listed  # another page's country stays
    timeline = PAGES["timeline.md"]  # no topic above its lines: each names its own
    assert timeline.count('(<a href="topics/membership.md">Membership</a>).') >= 3
