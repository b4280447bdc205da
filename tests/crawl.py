"""Reading a built site as a crawler does: each page's ids and internal links, whether every link
leads somewhere, and what a page's content says and links to (to compare two builds)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class Links(HTMLParser):
    """The ids a page holds and the internal links and resources it points to."""

    def __init__(self):
        super().__init__()
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.ids.update(v for k, v in attrs.items() if k in ("id", "name") and v)
        for key in ("href", "src"):
            value = attrs.get(key)
            if value and not urlsplit(value).scheme and not value.startswith("//"):
                self.links.append(value)


def parse(page: Path) -> Links:
    parser = Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def target(site: Path, page: Path, link: str) -> tuple[Path, str]:
    """The file an internal link of `page` leads to, and its fragment."""
    path, _, fragment = unquote(link).partition("#")
    base = site if path.startswith("/") else page.parent  # 404.html links from the root
    found = (base / path.lstrip("/")).resolve() if path else page
    if found.is_dir() or path.endswith("/"):
        found = found / "index.html"
    return found, fragment


def broken_links(site: Path) -> list[str]:
    """Every internal link of the site that leads to no file, or to no such anchor."""
    pages = {p: parse(p) for p in site.rglob("*.html")}
    broken = []
    for page, found in pages.items():
        for link in found.links:
            file, fragment = target(site, page, link)
            if not file.is_file():
                broken.append(f"{page.relative_to(site)}: {link}")
            elif fragment and file.suffix == ".html" and fragment not in pages[file].ids:
                broken.append(f"{page.relative_to(site)}: {link} (no such anchor)")
    return broken


class _Content(HTMLParser):
    def __init__(self, site: Path, page: Path):
        super().__init__()
        self.site, self.page = site, page
        self.words: list[str] = []
        self.links: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "headerlink" in (attrs.get("class") or ""):
            self.skip += 1  # the ¶ after each heading
        href = attrs.get("href")
        if tag == "a" and href and not urlsplit(href).scheme:
            file, fragment = target(self.site, self.page, href)
            self.links.append(f"{file.relative_to(self.site.resolve()).as_posix()}#{fragment}")

    def handle_endtag(self, tag):
        if tag == "a" and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.words += data.split()


ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.DOTALL)


def content(site: Path, page: Path) -> tuple[list[str], list[str]]:
    """The words a page's article shows, and where its links lead (from the site's root, however
    each is written)."""
    found = ARTICLE.search(page.read_text(encoding="utf-8"))
    reader = _Content(site, page.resolve())
    reader.feed(found.group(1) if found else "")
    return reader.words, reader.links
