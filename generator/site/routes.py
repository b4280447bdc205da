"""Where every page and record lives: paths under docs/, and links between them.

The one place that knows the site's addresses. A path under docs/ (`countries/ua.md`,
`actors/a.md#statement-id`) is what MkDocs reads, and what every generated link gives, relative
to its page (`../countries/ua.md`), in Markdown and in raw HTML alike; a directory address
(`countries/ua/`) is what the built site serves. MkDocs converts the links of Markdown; those of
raw HTML, which it passes through as written, the hook converts (`served`); Zensical converts
both itself.
"""

from __future__ import annotations

import functools
import html
import posixpath
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field

from markupsafe import Markup

from generator.data.fieldtypes import ID_PATTERN
from generator.data.load import ENTITY_FOLDERS
from generator.data.model import Actor, Country, Source, Statement, Topic

FIXED_PAGES = ("index.md", "about.md", "map.md", "timeline.md", "sources.md", "corrections.md", "countries/index.md",
               "actors/index.md", "topics/index.md")
"""The pages every fact sheet has, whatever its data (prose may link to them)."""
FOLDERS = {kind: folder for folder, kind in ENTITY_FOLDERS.items()}
"""The folder under docs/ of each record type with pages of its own: the one its prose has under
content/ (load.ENTITY_FOLDERS), so that a prose file shows on the page of the same name."""


def pages_for(ids: Mapping[str, Collection[str]]) -> frozenset[str]:
    """Every page the site may have, given the ids of each record type with pages of its own
    (validate.SitePages: the prose may link to these)."""
    return frozenset(FIXED_PAGES) | {f"{FOLDERS[kind]}/{i}.md" for kind, found in ids.items() for i in found}


def part_paths(base: str, count: int) -> list[str]:
    """`timeline.md`, `timeline/2.md`, `timeline/3.md`…: the first part keeps the list's own address."""
    return [base] + [f"{base.removesuffix('.md')}/{n}.md" for n in range(2, count + 1)]


@dataclass(frozen=True)
class Routes:
    """The paths of one build's pages: fixed but for which part of the sources list each source is on."""

    source_pages: Mapping[str, str] = field(default_factory=dict)
    """By source id, the part of the sources list that shows it (`sources.md`, `sources/2.md`)."""

    def path_of(self, record: object) -> str:
        """Where a record's page (or, for statements and sources, its anchor) lives under docs/."""
        if type(record) in _FOLDER_OF:
            return page_of(record)  # type: ignore[arg-type]
        if isinstance(record, Source):
            return f"{self.source_pages.get(record.id, 'sources.md')}#{record.id}"
        if isinstance(record, Statement):
            return f"actors/{record.speaker.id}.md#{record.id}"  # shown in full only there: its permanent address
        raise TypeError(f"no page for {record!r}")


def page_of(record: Country | Actor | Topic) -> str:
    """The page of a country, an actor or a topic under docs/."""
    return f"{_FOLDER_OF[type(record)]}/{record.id}.md"


_FOLDER_OF: dict[type, str] = {Country: FOLDERS["country"], Actor: FOLDERS["actor"], Topic: FOLDERS["topic"]}


def address(statement: Statement) -> str:
    """The statement's permanent address, relative to the site's root."""
    return f"actors/{statement.speaker.id}/#{statement.id}"


def anchor(value: str) -> Markup:
    """An id as an HTML id or URL fragment; refuses anything but the id pattern."""
    if not ID_PATTERN.fullmatch(value):
        raise ValueError(f"not an id: {value!r}")
    return Markup(value)


def markdown_link(path: str, page: str) -> Markup:
    """The relative link, as Markdown writes it, from `page` to `path` (both under docs/)."""
    return link_from(path, posixpath.dirname(page) or ".")


@functools.lru_cache(maxsize=200_000)
def link_from(path: str, folder: str) -> Markup:
    """`markdown_link` from any page in `folder` (`.`: docs/ itself): the same for all of them, so
    worked out once (pages link to the same people, countries and sources again and again)."""
    target, _, fragment = path.partition("#")
    return Markup(_relative(target, folder) + (f"#{anchor(fragment)}" if fragment else ""))


def served(link: str, page: str) -> tuple[str, str]:
    """A link as the generator writes it in `page` (`../countries/ua.md#s`, relative to the page
    under docs/), as the built site serves it (`../../countries/ua/#s`, what `site_link` gives),
    and the page it leads to (`countries/ua.md`)."""
    return serving(page)(link)


def serving(page: str) -> Callable[[str], tuple[str, str]]:
    """`served` for each link of one page (called for every link of every raw block, so worked
    out once per link and folder: a page's address is its folder's, an index page's, or one
    below it, unless the link leads below the page itself, to a long list's parts)."""
    folder = posixpath.dirname(page)
    here = directory_url(page)
    index = here == _folder_url(folder)

    def serve(link: str) -> tuple[str, str]:
        path, _, fragment = link.partition("#")
        target, from_folder = _from_folder(path, folder)
        if index:
            url = from_folder
        elif directory_url(target).startswith(here):
            url = _url_relative(directory_url(target), here)
        else:
            url = "../" if from_folder == "./" else f"../{from_folder}"
        return f"{url}#{fragment}" if fragment else url, target

    return serve


@functools.lru_cache(maxsize=100_000)
def _from_folder(path: str, folder: str) -> tuple[str, str]:
    """The page a link leads to from a folder under docs/, and its address from that folder's."""
    target = posixpath.normpath(posixpath.join(folder, path))
    return target, _url_relative(directory_url(target), _folder_url(folder))


def _folder_url(folder: str) -> str:
    return f"{folder}/" if folder else ""


def site_link(path: str, page: str) -> Markup:
    """The relative address, as the built site has it, from `page` to `path` (both under docs/)."""
    target, fragment = _target(path)
    return Markup(_url_relative(target, directory_url(page)) + fragment)


@functools.cache
def _relative(path: str, start: str) -> str:
    return posixpath.relpath(path, start)


def from_root(path: str) -> str:
    """A path under docs/ (`actors/a.md#s`) as the site's address from its root (`actors/a/#s`)."""
    return "".join(_target(path))


@functools.lru_cache(maxsize=100_000)
def _target(path: str) -> tuple[str, str]:
    """A path under docs/ (`actors/a.md#s`) as the site's directory address and its fragment (`#s`)."""
    page, _, fragment = path.partition("#")
    return directory_url(page), f"#{anchor(fragment)}" if fragment else ""


@functools.cache
def directory_url(path: str) -> str:
    """`countries/ua.md` → `countries/ua/`; `countries/index.md` → `countries/`; `index.md` → ``."""
    stem = path.removesuffix(".md")
    stem = stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"
    return stem


@functools.lru_cache(maxsize=100_000)
def _url_relative(target: str, page: str) -> str:
    """From one directory address of the site to another (both from its root, `` or ending `/`),
    escaped for an HTML attribute."""
    to, here = target.split("/")[:-1], page.split("/")[:-1]
    common = 0
    while common < min(len(to), len(here)) and to[common] == here[common]:
        common += 1
    relative = "../" * (len(here) - common) + "".join(f"{part}/" for part in to[common:])
    return html.escape(relative or "./", quote=True)
