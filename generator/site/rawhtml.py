"""The generator's raw HTML blocks, set aside while MkDocs converts a page's Markdown and put back
after (hooks.py calls these).

Statements, lists and pictures are written as final HTML, escaped already, between a
`[fs-raw]: #` line and a `[/fs-raw]: #` line. Python-Markdown would parse every tag of them only
to pass them through unchanged; set aside, each becomes a one-word paragraph (a token no text of
the data can hold: it is drawn at random for each page) and costs nothing. Put back, their links
to pages (`../countries/ua.md`, relative to the page, as in Markdown) become the site's addresses,
as MkDocs makes those of Markdown (routes.served); a link to no page stops the build.

The marker lines are Markdown's link reference definitions, which a converter that runs no hook
(Zensical) drops: the same Markdown gives it the same page, raw HTML and all.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Collection
from dataclasses import dataclass, field

from generator.site.routes import serving

RAW = re.compile(r"^\[fs-raw\]: #\n(.*?)\n\[/fs-raw\]: #$", re.MULTILINE | re.DOTALL)
"""One block, as a regular expression (for reading generated pages; `set_aside` finds them faster)."""
OPEN, CLOSE = "[fs-raw]: #\n", "\n[/fs-raw]: #"
"""A block's marker lines: the opening line, and the closing one (with the newline before it)."""
PLACEHOLDER = re.compile(r"<p>(fsraw[0-9a-f]{16}n)(\d+)</p>")
"""A block's paragraph after Markdown: its page's token (SetAside.token), and its number."""
PAGE_LINK = re.compile(r'href="((?:\.\./)*[\w./-]*\.md(?:#[\w-]+)?)"')
"""A link to a page, as the generator writes it in raw HTML (routes.markdown_link)."""
ANCHOR = re.compile(r'<[a-z]+ [^>]*?\bid="([^"]+)"')


class RawHTMLError(Exception):
    """A block set aside did not come back (Markdown did not keep its paragraph as written)."""


@dataclass
class SetAside:
    """One page's blocks, and the token that stands for each in the Markdown."""

    token: str = field(default_factory=lambda: f"fsraw{secrets.token_hex(8)}n")
    blocks: list[str] = field(default_factory=list)
    """The HTML of each run of blocks, by number."""

    @property
    def anchors(self) -> set[str]:
        """The ids the blocks hold (links to a statement point at one)."""
        return {i for block in self.blocks for i in ANCHOR.findall(block)}


def set_aside(markdown: str) -> tuple[str, SetAside]:
    """The Markdown with each run of raw blocks (one after another, blank lines between them)
    replaced by a paragraph of its token and number: Markdown's inline patterns then run once per
    run, not once per block (make bench: a page of statements is such a run). Found with
    `str.find`, not a regular expression: a page of statements is a megabyte."""
    found, kept, at = SetAside(), [], 0
    while (start := _opening(markdown, at)) >= 0:
        blocks, end = _run(markdown, start)
        if not blocks:
            break
        found.blocks.append("\n".join(blocks))  # as Markdown joins blocks
        kept += [markdown[at:start], f"\n\n{found.token}{len(found.blocks) - 1}\n\n"]
        at = end
    return "".join(kept) + markdown[at:], found


def _opening(markdown: str, at: int) -> int:
    """Where the next opening marker line starts, from `at` (-1: none)."""
    start = markdown.find(OPEN, at)
    while start > 0 and markdown[start - 1] != "\n":
        start = markdown.find(OPEN, start + 1)
    return start


def _run(markdown: str, start: int) -> tuple[list[str], int]:
    """The blocks of the run that opens at `start`, and where it ends (after its last marker)."""
    blocks, at, end = [], start, start
    while (close := _closing(markdown, at + len(OPEN))) >= 0:
        blocks.append(markdown[at + len(OPEN):close])
        end = following = close + len(CLOSE)
        while markdown.startswith("\n", following):
            following += 1
        if following == end or not markdown.startswith(OPEN, following):
            break
        at = following
    return blocks, end


def _closing(markdown: str, body: int) -> int:
    """Where the closing marker line of a block whose body starts at `body` starts (-1: none)."""
    close = markdown.find(CLOSE, body)
    while close >= 0 and not markdown.startswith("\n", close + len(CLOSE)) and close + len(CLOSE) != len(markdown):
        close = markdown.find(CLOSE, close + 1)
    return close


def put_back(html: str, found: SetAside, page: str, pages: Collection[str]) -> str:
    """The converted content of `page` (its path under docs/) with each block back in its place,
    its links to `pages` as the site serves them."""
    missing: list[str] = []
    placed: list[int] = []
    attributes: dict[str, str] = {}
    serve_link = serving(page)

    def serve(match: re.Match) -> str:
        attribute = attributes.get(match[1])
        if attribute is None:
            url, target = serve_link(match[1])
            if target not in pages:
                missing.append(match[1])
            attribute = attributes[match[1]] = f'href="{url}"'
        return attribute

    def block(match: re.Match) -> str:
        if match[1] != found.token:
            return match[0]
        placed.append(int(match[2]))
        return PAGE_LINK.sub(serve, found.blocks[placed[-1]])

    html = PLACEHOLDER.sub(block, html)
    if len(placed) != len(found.blocks):
        raise RawHTMLError(f"{len(found.blocks) - len(placed)} of {len(found.blocks)} raw HTML blocks were not "
                           "found after Markdown: each must stand alone, between blank lines")
    if missing:
        raise RawHTMLError(f"links to no page: {', '.join(sorted(set(missing)))}")
    return html
