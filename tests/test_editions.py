"""Two editions from one build (`make site`): English at the site's root, Ukrainian in uk/, each a
whole site in its language, each page linking to the same page in the other."""

import re
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, copy_project, run, search
from crawl import broken_links

from generator.data.languages import LANGUAGES, folder
from generator.site import themewords


def pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if not p.is_relative_to(site / "uk"))


def html(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_each_edition_is_a_whole_site_with_the_same_pages(built_editions):
    english = pages(built_editions)
    ukrainian = sorted(p.relative_to(built_editions / "uk").as_posix() for p in (built_editions / "uk").rglob("*.html"))
    assert len(english) > 15 and english == ukrainian
    for edition in ("", "uk/"):
        for name in ("sitemap.xml", "feed.xml", "search/index.json", "downloads/factsheet.json",
                     "downloads/statements.csv", "404.html", "javascripts/search.js", "stylesheets/factsheet.css"):
            assert (built_editions / edition / name).is_file(), edition + name
    assert broken_links(built_editions) == []


def test_each_page_is_in_its_language_and_links_to_itself_in_the_other(built_editions):
    for path in pages(built_editions):
        for here, there, language in (("", "uk/", "uk"), ("uk/", "", "en")):
            page = html(built_editions, here + path)
            own = "en" if here == "" else "uk"
            assert f'<html lang="{own}"' in page, here + path
            (link,) = re.findall(r'<a class="md-header__button fs-edition" href="([^"]+)" hreflang="(\w+)"', page)
            assert link[1] == language
            if path == "404.html":  # served at any address: its links are from the site's root
                assert link[0] == f"/{there}"
                continue
            target = (built_editions / here / path).parent / link[0]
            assert target.resolve() == (built_editions / there / path).parent.resolve(), (here + path, link)


def test_the_ukrainian_edition_speaks_ukrainian_around_the_pages(built_editions):
    home = html(built_editions, "uk/index.html")
    assert "<title>Україна і НАТО — хто що каже</title>" in home
    assert 'placeholder="Пошук"' in home and 'aria-label="Пошук у довідці"' in home
    navigation = re.findall(r'class="md-ellipsis">\s*([^<]+?)\s*<', home)
    assert {"Головна", "Країни", "Хронологія", "Про сайт"} <= set(navigation)
    assert "Позиції країн" in home and "Членство" in home and "Україна" in home
    country = html(built_editions, "uk/countries/us/index.html")
    assert "<title>United States - Україна і НАТО — хто що каже</title>" in country
    assert '<span lang="en" class="fs-fallback">United States</span>' in country  # no Ukrainian name given
    words = re.search(r'<script type="application/json" id="fs-words">(.*?)</script>', home).group(1)
    assert '"table.show": "Показати"' in words
    english = html(built_editions, "index.html")
    assert 'placeholder="Search"' in english and '"table.show": "Show"' in english


def test_each_edition_has_its_feed_and_its_search_in_its_language(built_editions):
    feed = (built_editions / "uk" / "feed.xml").read_text(encoding="utf-8")
    assert "<title>Україна і НАТО — хто що каже</title>" in feed and "лютого 2025" in feed
    assert "12 February 2025" in (built_editions / "feed.xml").read_text(encoding="utf-8")
    entries = (built_editions / "uk" / "search" / "entries" / "0.json").read_text(encoding="utf-8")
    assert "Країна" in entries and "Членство" in entries


def test_the_sitemaps_give_each_page_in_every_edition(tmp_path):
    project = copy_project(tmp_path)
    assert run("generator", "site", cwd=project, env={"SITE_URL": "https://example.org/fs/"}).returncode == 0
    sitemap = (project / "site" / "uk" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.org/fs/uk/countries/ua/</loc>" in sitemap
    assert '<xhtml:link rel="alternate" hreflang="en" href="https://example.org/fs/countries/ua/"/>' in sitemap
    english = (project / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert '<xhtml:link rel="alternate" hreflang="uk" href="https://example.org/fs/uk/countries/ua/"/>' in english


def test_mkdocs_alone_builds_the_english_edition_and_offers_no_other(built_site):
    assert not (built_site / "uk").exists()
    assert "fs-edition" not in html(built_site, "countries/ua/index.html")


def test_the_configuration_names_each_edition_where_the_generator_puts_it():
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    assert {code: e["folder"] for code, e in config["extra"]["editions"].items()} == {
        language: folder(language) for language in LANGUAGES}


class _Loader(yaml.SafeLoader):
    """mkdocs.yml's tags, read as plain values."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def test_the_theme_words_are_the_catalogues():
    assert themewords.written() == themewords.partials(), "run `make messages`"


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_the_ukrainian_edition_in_a_browser(browser, editions_server, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{editions_server}/uk/")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.lang") == "uk"
    tools = page.locator(".fs-glance-tools")
    assert "Показати" in tools.inner_text() and "Упорядкувати" in tools.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    switch = page.locator("a.fs-edition")
    if width >= 1280:
        switch.click()
        page.wait_for_load_state("networkidle")
        assert page.url == f"{editions_server}/" and page.evaluate("document.documentElement.lang") == "en"
    page.screenshot(path=str(ROOT / "tests" / "artifacts" / f"uk-home-{width}.png"))
    page.goto(f"{editions_server}/uk/countries/ua/")
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(ROOT / "tests" / "artifacts" / f"uk-country-{width}.png"), full_page=True)
    page.goto(f"{editions_server}/uk/actors/oleh-koval/")
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(ROOT / "tests" / "artifacts" / f"uk-person-{width}.png"), full_page=True)
    cite = page.locator(".fs-cite").first.inner_text()
    accessed = page.locator(".fs-accessed").first.inner_text()
    assert re.fullmatch(r"\d{1,2} [а-яіїєґ]+ \d{4}", accessed), accessed  # "29 листопада 2026", the script's
    assert f"{accessed}." in cite and ".." not in cite
    assert errors == []
    page.close()


@pytest.mark.browser
@pytest.mark.parametrize(("typed", "found"), [("Німеччини", "Німеччина"), ("членства", "Членство"),
                                               ("Коваля", "Oleh Koval"), ("України", "Україна")])
def test_ukrainian_search_finds_word_forms(browser, editions_server, typed, found):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{editions_server}/uk/")
    results = search(page, typed)
    assert any(found in text for text in results.all_inner_texts()), (typed, results.all_inner_texts())
    page.close()


def test_an_edition_shows_its_own_prose_and_else_the_english_marked(built_editions):
    about = html(built_editions, "uk/about/index.html")
    assert "Як зроблено цей зразок" in about and "fs-fallback-prose" not in about  # content/uk/about.md
    home = html(built_editions, "uk/index.html")
    marked = r'<div (?=[^>]*lang="en")(?=[^>]*class="fs-fallback-prose")[^>]*>\s*<h1[^>]*>Fixture fact sheet'
    assert re.search(marked, home)  # no content/uk/index.md: the English, marked


def test_an_editions_prose_is_checked_as_the_english(project):
    (project / "content" / "uk" / "countries").mkdir(parents=True, exist_ok=True)
    (project / "content" / "uk" / "countries" / "xx.md").write_text("Текст.\n")
    (project / "content" / "uk" / "about.md").write_text("# Про сайт\n\nДив. [мапу](mapa.md).\n")
    result = run("generator", "check", cwd=project)
    assert result.returncode == 1
    assert "content/uk/countries/xx.md: no country has the id `xx`; prose files are named <id>.md" in result.stderr
    assert "content/uk/about.md:3:" in result.stderr
    assert "the link `mapa.md` points to no page of the site" in result.stderr


def test_a_translated_paraphrase_is_not_called_close_to_the_sources_words(project):
    statements = project / "data" / "statements" / "statements.yaml"
    english = "Koval said that accession will be a proof of determination."
    ukrainian = "Коваль сказав, що вступ стане доказом рішучості."
    statements.write_text(statements.read_text(encoding="utf-8").replace(
        f"summary: {english}", f"summary:\n    en: {english}\n    uk: {ukrainian}"))
    run("generator", "build", cwd=project, check=True)
    label = r'<span class="fs-label">([^<]*)</span> {}'
    assert re.search(label.format(re.escape(english)), (project / "docs" / "actors" / "oleh-koval.md").read_text()
                     ).group(1) == "Paraphrase, close to the source's wording"  # the English, nearly the excerpt
    page = (project / "docs" / "uk" / "actors" / "oleh-koval.md").read_text(encoding="utf-8")
    assert re.search(label.format(re.escape(ukrainian)), page).group(1) == "Переказ, не цитата"  # a translation
