"""Zensical, Material's successor, builds the same site from the same configuration: it runs no
hook, so the generated Markdown must need none (generator/site/rawhtml.py says how)."""

import os
import subprocess

import pytest
from conftest import ROOT, copy_project, run
from crawl import broken_links, content

from generator.build.mkdocs import edition
from generator.data.languages import LANGUAGES, folder

ZENSICAL = ROOT / ".tools" / "zensical" / "bin" / "zensical"


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory):
    assert ZENSICAL.is_file(), "run `make test`, which installs Zensical into .tools/zensical"
    project = copy_project(tmp_path_factory.mktemp("zensical"))
    run("generator", "build", cwd=project, check=True)
    for language in LANGUAGES:  # each edition, as make site builds them (generator/build/mkdocs.py)
        settings = {"FACTSHEET_DOCS": f"docs/{folder(language)}", "FACTSHEET_SITE_DIR": f"site/{folder(language)}",
                    **edition(language)}
        result = subprocess.run([ZENSICAL, "build", "--clean"], cwd=project, capture_output=True, text=True,
                                env={**os.environ, **settings})
        assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


@pytest.mark.tools
def test_zensical_builds_a_site_without_a_broken_link_or_a_marker(zensical_site):
    assert len(list(zensical_site.rglob("*.html"))) > 15
    assert broken_links(zensical_site) == []
    assert [p.name for p in zensical_site.rglob("*.html") if "fs-raw" in p.read_text(encoding="utf-8")] == []


@pytest.mark.tools
def test_zensical_pages_say_what_mkdocs_pages_say_and_link_where_they_link(zensical_site, built_editions):
    pages = sorted(p.relative_to(built_editions) for p in built_editions.rglob("*.html"))
    assert pages == sorted(p.relative_to(zensical_site) for p in zensical_site.rglob("*.html"))
    assert any(p.parts[0] == "uk" for p in pages)
    for page in pages:
        assert content(zensical_site, zensical_site / page) == content(built_editions, built_editions / page), page
