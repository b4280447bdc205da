"""The interface in each edition's language (generator/site/i18n.py): Ukrainian plurals and dates,
templates compiled with their words in, the catalogue complete, and a page in Ukrainian that
keeps no English interface words."""

import re

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from conftest import ROOT, SHEET

from generator.data.dates import parse
from generator.data.languages import Translated
from generator.data.load import load
from generator.data.model import SOURCE_KINDS
from generator.data.validate import validate
from generator.site import i18n
from generator.site.environment import environment
from generator.site.plan import plan
from generator.site.render import render

LOCALE = ROOT / "generator" / "site" / "locale"
CATALOGUE = LOCALE / "uk" / "LC_MESSAGES" / "messages.po"


@pytest.mark.parametrize(("n", "said"), [(1, "1 заява"), (2, "2 заяви"), (5, "5 заяв"), (11, "11 заяв"),
                                         (21, "21 заява"), (22, "22 заяви"), (25, "25 заяв"), (0, "0 заяв"),
                                         (12, "12 заяв"), (104, "104 заяви"), (111, "111 заяв")])
def test_ukrainian_plurals(n, said):
    template = environment("uk").from_string(
        "{% trans count=n %}{{ count }} statement{% pluralize %}{{ count }} statements{% endtrans %}")
    assert template.render(n=n) == said
    english = environment().from_string(
        "{% trans count=n %}{{ count }} statement{% pluralize %}{{ count }} statements{% endtrans %}")
    assert english.render(n=n) == f"{n} statement" + ("" if n == 1 else "s")


@pytest.mark.parametrize(("written", "english", "ukrainian", "heading"), [
    ("2025-03-22", "22 March 2025", "22 березня 2025", "Березень 2025"),
    ("2025-03", "March 2025", "березень 2025", "Березень 2025"),
    ("2024-11-05", "5 November 2024", "5 листопада 2024", "Листопад 2024"),
    ("2025", "2025", "2025", "2025, місяць невідомий"),
    ("../2025-03-22", "on or before 22 March 2025", "до 22 березня 2025 включно", "До 22 березня 2025 включно"),
])
def test_dates_in_words(written, english, ukrainian, heading):
    date = parse(written)
    assert i18n.date(date) == english == date.words
    with i18n.use("uk"):
        assert i18n.date(date) == ukrainian
        assert i18n.period(date) == heading
    assert i18n.date(date) == english  # the language is the block's only


def test_the_time_axis_labels_months_in_each_language():
    assert i18n.short_month(3, 2025) == "Mar 2025"
    with i18n.use("uk"):
        assert i18n.short_month(3, 2025) == "бер. 2025"


def test_templates_are_compiled_with_their_words_in_them():
    template = '{{ _("Permalink") }} {% trans current=n, count=2 %}Part {{ current }} of {{ count }}.{% endtrans %}'
    source = environment("uk").compile(template, raw=True)
    assert "gettext" not in source and "Постійне посилання" in source and "Частина " in source


def test_a_value_in_a_translated_sentence_is_escaped_as_any_value():
    rendered = environment("uk").from_string("{% trans %}Statements by {{ name }}{% endtrans %}").render(
        name="<script>*x*</script>")
    assert rendered == "Заяви: &lt;script&gt;\\*x\\*&lt;/script&gt;"


def test_the_fact_sheets_own_words_in_the_edition_language_or_marked_as_english():
    env = environment("uk")
    both = Translated({"en": "Membership", "uk": "Членство"})
    english = Translated({"en": "Guarantees & <b>"})
    template = env.from_string("{{ a }} | {{ b }} | <p>{{ a|e }} {{ b|e }}</p>")
    assert template.render(a=both, b=english) == (
        'Членство | <span lang="en" class="fs-fallback">Guarantees &amp; &lt;b&gt;</span> | <p>Членство '
        '<span lang="en" class="fs-fallback">Guarantees &amp; &lt;b&gt;</span></p>')
    assert environment().from_string("{{ b|e }}").render(b=english) == "Guarantees &amp; &lt;b&gt;"


def test_source_kinds_have_their_words():
    assert set(i18n.SOURCE_KINDS) == set(SOURCE_KINDS)


def _extracted() -> set:
    found = set()
    for _filename, _line, message, _comments, _context in extract_from_dir(
            str(ROOT), method_map=[("generator/site/**.py", "python"), ("generator/site/templates/**.j2", "jinja2")],
            options_map={"generator/site/templates/**.j2": {"trimmed": "true"}},
            keywords={"_": None, "N_": None, "gettext": None, "ngettext": (1, 2)}):
        found.add(message if isinstance(message, str) else tuple(message))
    return found


def test_the_ukrainian_catalogue_translates_every_word_of_the_interface():
    catalogue = read_po(CATALOGUE.open(encoding="utf-8"))
    translated = {m.id: m.string for m in catalogue if m.id and not m.fuzzy}
    extracted = {m if isinstance(m, str) else m[0] for m in _extracted()}
    there = {m if isinstance(m, str) else m[0] for m in translated}
    missing = sorted(extracted - there)
    assert not missing, f"not in {CATALOGUE.relative_to(ROOT)} (run `make messages`, then translate): {missing}"
    empty = sorted(str(m) for m, s in translated.items() if not (s if isinstance(s, str) else all(s)))
    assert not empty, f"untranslated in {CATALOGUE.relative_to(ROOT)}: {empty}"
    for message, string in translated.items():
        forms = [string] if isinstance(string, str) else list(string)
        ids = [message] if isinstance(message, str) else list(message)
        wanted_names = set(re.findall(r"%\((\w+)\)s", ids[0]))
        for form in forms:
            assert set(re.findall(r"%\((\w+)\)s", form)) == wanted_names, (message, form)


def _ukrainian_pages() -> dict[str, str]:
    sheet = validate(loaded := load(SHEET / "data", SHEET / "content"))
    with i18n.use("uk"):
        pages = plan(sheet, loaded.prose)
    return {path: str(text) for path, text in render(pages, language="uk").items()}


def test_no_english_interface_words_are_left_on_the_ukrainian_pages():
    pages = _ukrainian_pages()
    catalogue = read_po(CATALOGUE.open(encoding="utf-8"))
    fragments = set()
    for message in catalogue:
        for text in ([message.id] if isinstance(message.id, str) else message.id):
            fragments.update(f for f in re.split(r"%\(\w+\)s|<[^>]+>|\[|\]\([^)]*\)", text)
                             if len(f.split()) >= 3)
    for path, page in pages.items():
        shown = re.sub(r'<span lang="en"[^>]*>.*?</span>|^description: .*$', "", page, flags=re.M)
        left = sorted(f for f in fragments if f.strip() in shown)
        assert not left, f"{path}: {left}"
    assert "Позиції країн" in pages["index.md"] and "Хронологія" in pages["timeline.md"]


def test_the_fact_sheets_translation_of_a_quote_is_shown_as_its_own_in_its_language():
    page = _ukrainian_pages()["actors/sam-reed.md"]
    assert ('<p class="fs-translation"><span class="fs-label">Переклад довідки, не слова мовця</span> '
            "“Думаю, це питання для обговорення.”</p>") in page
    assert "“I think that is a matter for discussion.”" in page  # the quote itself, as its source printed it
    sheet = validate(load(SHEET / "data", SHEET / "content"))
    english = render(plan(sheet, load(SHEET / "data", SHEET / "content").prose))["actors/sam-reed.md"]
    assert "fs-translation" not in str(english)


def test_a_translation_belongs_to_a_quote(project):
    from conftest import run

    statements = project / "data" / "statements" / "statements.yaml"
    text = statements.read_text(encoding="utf-8")
    assert "  summary: Koval said that Germany was against Ukraine joining." in text
    statements.write_text(text.replace("  summary: Koval said that Germany was against Ukraine joining.",
                                       "  summary: Koval said that Germany was against Ukraine joining.\n"
                                       "  quote_translation: {uk: Текст}"), encoding="utf-8")
    result = run("generator", "check", cwd=project)
    assert result.returncode == 1 and "quote_translation: only a quote has this" in result.stderr


class Named:
    def __init__(self, name: str) -> None:
        self.name = name


def test_an_edition_lists_names_in_its_alphabetical_order():
    names = [Named(n) for n in ("Belgium", "Germany", "Italy", "Spain", "Ukraine")]
    translated = [Named(Translated({"en": n.name, "uk": uk})) for n, uk in
                  zip(names, ("Бельгія", "Німеччина", "Італія", "Іспанія", "Україна"), strict=True)]
    assert [r.name for r in i18n.alphabetical(names)] == ["Belgium", "Germany", "Italy", "Spain", "Ukraine"]
    with i18n.use("uk"):  # Unicode puts І after Я; the Ukrainian alphabet, after И
        assert [i18n.text(r.name) for r in i18n.alphabetical(translated)] == [
            "Бельгія", "Іспанія", "Італія", "Німеччина", "Україна"]
        assert sorted(["ґава", "гора", "Єва", "ему", "мяу", "м’ята", "Ян", "яма", "Zed"], key=i18n.collation_key) == [
            "Zed", "гора", "ґава", "ему", "Єва", "м’ята", "мяу", "яма", "Ян"]  # the apostrophe passed over
