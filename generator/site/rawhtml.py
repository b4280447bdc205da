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

from generator.site.routes import served

RAW = re.compile(r"^\[fs-raw\]: #\n(.*?)\n\[/fs-raw\]: #$", re.MULTILINE | re.DOTALL)
RUN = re.compile(r"^\[fs-raw\]: #\n.*?\n\[/fs-raw\]: #$(?:\n+\[fs-raw\]: #\n.*?\n\[/fs-raw\]: #$)*",
                 re.MULTILINE | re.DOTALL)
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
    run, not once per block (make bench: a page of statements is such a run)."""
    found = SetAside()

    def replace(match: re.Match) -> str:
        found.blocks.append("\n".join(RAW.findall(match.group(0))))  # as Markdown joins blocks
        return f"\n\n{found.token}{len(found.blocks) - 1}\n\n"

    return RUN.sub(replace, markdown), found


def put_back(html: str, found: SetAside, page: str, pages: Collection[str]) -> str:
    """The converted content of `page` (its path under docs/) with each block back in its place,
    its links to `pages` as the site serves them."""
    missing: list[str] = []

    def serve(match: re.Match) -> str:
        url, target = served(match[1], page)
        if target not in pages:
            missing.append(match[1])
        return f'href="{url}"'

    def block(match: re.Match) -> str:
        return PAGE_LINK.sub(serve, found.blocks[int(match[1])])

    html, count = re.subn(rf"<p>{found.token}(\d+)</p>", block, html)
    if count != len(found.blocks):
        raise RawHTMLError(f"{len(found.blocks) - count} of {len(found.blocks)} raw HTML blocks were not "
                           "found after Markdown: each must stand alone, between blank lines")
    if missing:
        raise RawHTMLError(f"links to no page: {', '.join(sorted(set(missing)))}")
    return html
