"""A large build in shares: MkDocs builds on one core, so `make site` runs one `mkdocs build`
per core, each building a share of the pages into the same new, empty site folder (as a
`--dirty` build, which builds what the folder lacks, less what `restrict` leaves to the other
shares). Only full builds are shared: a dirty build after an edit is small. Every share reads the whole
configuration, the file list and the navigation, so each page it builds is what a single build
makes of it; only the first copies the static files and writes the theme's pages (the sitemap,
404). The result is a single build's, byte for byte (tested).

What a single build also does, and a share cannot: check a link to another page's anchor when
that page is in another share. Each share therefore writes down the anchors of its pages and
the links it could not check (`record`), and `unchecked_links` checks them once all are done.

The parent sets FACTSHEET_SHARE=`i/n` and FACTSHEET_SHARE_RECORD=<folder> for each process;
the MkDocs hook (hooks.py) calls `restrict` and `record`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

SHARE, RECORD = "FACTSHEET_SHARE", "FACTSHEET_SHARE_RECORD"
SHARES = "FACTSHEET_SHARES"
"""Set to a number, the shares a large build runs in (1: a single `mkdocs build`); by default
one per core the process may use, at most MOST."""
MOST = 4
LARGE = 200
"""Pages from which a full build is split (below, starting a second MkDocs costs more than it saves)."""


def count(pages: int, together: int = 1) -> int:
    """How many shares to build `pages` pages in, with that many other builds running `together`
    (the editions: each has its part of the cores)."""
    wanted = os.environ.get(SHARES)
    if wanted:
        return max(1, int(wanted))
    return max(1, min(MOST, len(os.sched_getaffinity(0))) // together) if pages >= LARGE else 1


def split(sizes: dict[str, int], n: int) -> list[set[str]]:
    """The pages (by path, with their sizes) in `n` shares of about equal size, the same in every
    process: the largest page first, each to the share with least so far."""
    shares: list[set[str]] = [set() for _ in range(n)]
    loads = [0] * n
    for path, size in sorted(sizes.items(), key=lambda item: (-item[1], item[0])):
        least = min(range(n), key=lambda k: (loads[k], k))
        shares[least].add(path)
        loads[least] += size
    return shares


def this_share() -> tuple[int, int] | None:
    """(i, n) in a share's process, else None."""
    value = os.environ.get(SHARE)
    if not value:
        return None
    i, n = value.split("/")
    return int(i), int(n)


def restrict(files, config, share: tuple[int, int]) -> None:
    """MkDocs' `on_files`: this process builds only its share (`--dirty` builds what is
    modified: a file outside it counts as not modified)."""
    i, n = share
    pages = {f.src_uri: os.path.getsize(f.abs_src_path) for f in files if f.is_documentation_page()}
    mine = split(pages, n)[i]
    for file in files:
        ours = file.src_uri in mine if file.is_documentation_page() else i == 0
        if not ours:
            file.is_modified = _not_modified
    if i:
        config.theme.static_templates.clear()


def _not_modified() -> bool:
    return False


def record(files, share: tuple[int, int]) -> None:
    """MkDocs' `on_post_build`: the anchors of the pages this share built, and its links to
    anchors of pages it did not build, into the record folder."""
    anchors, links = {}, []
    for file in files.documentation_pages():
        page = file.page
        if page is None or page.present_anchor_ids is None:
            continue
        anchors[file.src_uri] = sorted(page.present_anchor_ids)
        for target, found in (page.links_to_anchors or {}).items():
            if target.page is not None and target.page.present_anchor_ids is None:
                links += [[file.src_uri, target.src_uri, anchor, link] for anchor, link in found.items()]
    folder = Path(os.environ[RECORD])
    (folder / f"{share[0]}.json").write_text(json.dumps({"anchors": anchors, "links": links}), encoding="utf-8")


def unchecked_links(folder: Path, n: int) -> list[str]:
    """The links between shares that point to no anchor, worded as MkDocs words them."""
    records = [json.loads((folder / f"{i}.json").read_text(encoding="utf-8")) for i in range(n)]
    anchors = {page: set(ids) for found in records for page, ids in found["anchors"].items()}
    return [f"Doc file '{source}' contains a link '{link}', but the doc '{target}' does not contain an "
            f"anchor '#{anchor}'."
            for found in records for source, target, anchor, link in found["links"]
            if anchor not in anchors.get(target, ())]
