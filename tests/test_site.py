"""The whole site through a real `mkdocs build --strict`, and `mkdocs serve` following edits."""

import contextlib
import json
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import SHEET, run

from generator.build.pipeline import read_sheet as validate

RESOURCE = re.compile(r"""<(?:script|img|iframe|source|link)\b[^>]*?\b(?:src|href)=["']?([^"' >]+)""", re.I)


def test_every_page_kind_is_built(built_site):
    for page in ["index.html", "about/index.html", "timeline/index.html", "sources/index.html",
                 "countries/index.html", "countries/de/index.html", "actors/index.html",
                 "actors/anna-berg/index.html", "topics/index.html", "topics/membership/index.html"]:
        assert (built_site / page).is_file(), page


def test_no_page_loads_anything_from_another_host(built_site):
    remote = []
    for page in built_site.rglob("*.html"):
        remote += [(page.name, url) for url in RESOURCE.findall(page.read_text()) if "//" in url]
    for sheet in built_site.rglob("*.css"):
        remote += [
            (sheet.name, url)
            for url in re.findall(r"url\((?![\"']?data:)([^)]*)\)|@import", sheet.read_text())
            if "//" in url
        ]
    assert remote == []
    sources = {u for s in validate(SHEET / "data").sources for u in (s.url, s.archive_url) if u}
    off_site = {
        url for p in built_site.rglob("*.html") for url in re.findall(r'href="(https?://[^"]+)"', p.read_text())
    }
    assert off_site == sources, "the only off-site links are the sources' own addresses"


def test_entity_pages_are_not_listed_in_the_nav(built_site):
    nav = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>', (built_site / "index.html").read_text(), re.S)
    assert "anna-berg" not in nav.group(0) and "countries/de/" not in nav.group(0)


def test_bad_data_fails_the_mkdocs_build_with_the_located_problem(project):
    path = project / "data" / "countries.yaml"
    path.write_text(path.read_text().replace("- id: de\n", "- id: DE\n"), encoding="utf-8")
    result = run("mkdocs", "build", "--strict", cwd=project)
    assert result.returncode == 1
    assert ("data/countries.yaml:10:7: record DE: id: `DE` is not a valid id; expected a two-letter "
            "ISO 3166-1 country code in lower case, such as `ua`") in result.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode()


def fetched_with(url: str, *parts: str) -> str | None:
    """The page, once it holds every part."""
    text = fetch(url)
    return text if all(p in text for p in parts) else None


def wait_for(predicate, seconds: float = 30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if value := predicate():
                return value
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError("timed out")


@contextlib.contextmanager
def mkdocs_serve(project: Path):
    """`mkdocs serve --dirty`, as `make serve` runs it, on a free port; yields its URL."""
    port = free_port()
    log = (project / "serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
        cwd=project, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


@pytest.fixture
def serving(project):
    with mkdocs_serve(project) as url:
        yield url, project


def test_serve_follows_yaml_edits_and_keeps_the_last_good_pages_on_a_bad_edit(serving):
    url, project = serving
    page = f"{url}/actors/karl-lind/"
    assert "Chancellor" in wait_for(lambda: fetch(page))
    actors = project / "data" / "actors.yaml"
    actors.write_text(actors.read_text().replace("role: Chancellor", "role: Federal Chancellor"))
    wait_for(lambda: "Federal Chancellor" in fetch(page))
    actors.write_text(actors.read_text().replace("kind: person\n  country: de", "kind: persona\n  country: de"))
    wait_for(lambda: "kind: `persona` is not one of" in (project / "serve.log").read_text())
    log = (project / "serve.log").read_text()
    assert "data/actors.yaml:16:9: record karl-lind: kind: `persona` is not one of" in log
    shown = wait_for(lambda: fetched_with(page, 'class="fs-stale"'))
    assert "Federal Chancellor" in shown and "This preview is stale" in shown
    assert "data/actors.yaml:16:9: record karl-lind: kind: `persona` is not one of" in shown
    assert 'class="fs-stale"' in fetch(f"{url}/timeline/")  # on every page
    actors.write_text(actors.read_text().replace("kind: persona", "kind: person"))
    wait_for(lambda: 'class="fs-stale"' not in fetch(page))
    assert 'class="fs-stale"' not in fetch(f"{url}/timeline/")  # gone from pages not rebuilt, too


UNREADABLE_EDITS = {  # what the fuzz run found that once crashed the checker or killed `mkdocs serve`
    "a pasted control character": (lambda text: text.replace("role: Chancellor", "role: Chan\x0bcellor").encode(),
                                   "data/actors.yaml:18:13: the character U+000B"),
    "a file saved as UTF-16": (lambda text: text.encode("utf-16"), "data/actors.yaml:1:1: the file is not UTF-8"),
    "brackets nested 25,000 deep": (lambda text: text.encode() + b"- x: " + b"[" * 25_000 + b"\n",
                                    "data/actors.yaml:35:13: nested deeper than the format allows (8 levels)"),
    "a zip file": (lambda text: b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)),
                   "data/actors.yaml:2:118: the file is not UTF-8 text"),
}


def test_serve_keeps_answering_with_its_banner_on_files_yaml_cannot_read(serving):
    url, project = serving
    page = f"{url}/actors/karl-lind/"
    assert "Chancellor" in wait_for(lambda: fetch(page))
    actors = project / "data" / "actors.yaml"
    good = actors.read_text()
    for name, (edit, message) in UNREADABLE_EDITS.items():
        actors.write_bytes(edit(good))
        shown = wait_for(lambda message=message: fetched_with(page, 'class="fs-stale"', message))
        assert "This preview is stale" in shown and "Chancellor" in shown, name
        actors.write_text(good)
        wait_for(lambda: 'class="fs-stale"' not in fetch(page))
    assert "Traceback" not in (project / "serve.log").read_text()


def test_serve_serves_the_whole_search_index_with_the_edit_after_a_dirty_rebuild(serving):
    url, project = serving
    manifest = wait_for(lambda: json.loads(fetch(f"{url}/search/index.json") or "null"))
    statements = project / "data" / "statements" / "statements.yaml"
    statements.write_text(statements.read_text().replace("quote: Membership is not realistic.",
                                                         "quote: Membership is not realistic, said Zyxwords."))
    part = f"{url}/search/words/{b'zy'.hex()}.json"
    words = wait_for(lambda: json.loads(fetch(part) or "{}").get("zyxwords"))
    now = json.loads(fetch(f"{url}/search/index.json"))
    assert now["entries"] == manifest["entries"]
    entries = json.loads(fetch(f"{url}/search/entries/{words[0] // now['per_part']}.json"))
    assert entries[words[0] % now["per_part"]][0].startswith("actors/anna-berg/#")


def test_serve_keeps_answering_on_a_problem_only_mkdocs_sees_and_says_so_on_the_page(serving):
    url, project = serving
    assert "Fixture fact sheet" in wait_for(lambda: fetch(f"{url}/"))
    about = project / "content" / "about.md"
    about.write_text(about.read_text() + "\nSee [the timeline](timeline.md#no-such-anchor).\n")
    shown = wait_for(lambda: fetched_with(f"{url}/about/", "no-such-anchor", 'class="fs-stale"'))
    assert "This preview has problems" in shown and "contains a link" in shown


def test_cyrillic_headings_in_prose_get_stable_readable_anchors(project):
    about = project / "content" / "about.md"
    about.write_text(about.read_text() + "\n## Методологія\n\nТекст.\n\n## Джерела\n\nSee [above](#методологія).\n")
    result = run("mkdocs", "build", "--strict", "--site-dir", "site", cwd=project)
    assert result.returncode == 0, result.stderr
    html = (project / "site" / "about" / "index.html").read_text()
    assert 'id="методологія"' in html and 'id="джерела"' in html


def test_raw_blocks_reach_the_page_as_the_generator_wrote_them_their_links_served(built_site):
    from generator.site import rawhtml, routes

    docs = built_site.parent / "docs"
    seen = 0
    for page in docs.rglob("*.md"):
        html_page = built_site / page.relative_to(docs).with_suffix("") / "index.html"
        if page.name == "index.md":
            html_page = built_site / page.relative_to(docs).parent / "index.html"
        html = html_page.read_text()
        path = page.relative_to(docs).as_posix()
        for block in rawhtml.RAW.findall(page.read_text()):
            served = rawhtml.PAGE_LINK.sub(lambda m, path=path: f'href="{routes.served(m[1], path)[0]}"', block)
            assert served in html, (page, block[:80])
            seen += 1
    assert seen > 15
    assert "fsraw" not in "".join(p.read_text() for p in built_site.rglob("*.html"))
