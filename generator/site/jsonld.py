"""schema.org data (JSON-LD) for the statements a page shows, in its <script> element."""

from __future__ import annotations

import json

from generator.data.model import Source, Statement
from generator.site.phrases import statement_line
from generator.site.routes import address


def jsonld(statements: list[Statement], root: str | None = None) -> str:
    """schema.org data for statements a page shows: a Quotation for each quote (the words as
    its source prints them), a Claim for each paraphrase (the fact sheet's words, never passed
    off as the speaker's). Each names the work it was printed in (`citation`). Each is identified by its permanent address: `#id` on its speaker's
    page, or, with `root` (the way from the page to the site's root, `../../`), the whole way
    there. Escaped so that it cannot end its <script> element."""
    items = []
    for s in statements:
        kind = "Person" if s.speaker.kind == "person" else "Organization"
        speaker = {"@type": kind, "name": s.speaker.name}
        at = f"#{s.id}" if root is None else root + address(s)
        item = ({"@type": "Quotation", "@id": at, "text": s.quote, "creator": speaker} if s.quote else
                {"@type": "Claim", "@id": at, "text": s.summary, "author": speaker,
                 "description": "The fact sheet's paraphrase of what the speaker said; not the speaker's words."})
        if s.date.exact:
            item["dateCreated"] = s.date.first_day.isoformat()
        item["name"] = statement_line(s)
        item["citation"] = work(s.source)
        if s.source.url:
            item["isBasedOn"] = s.source.url
        items.append(item)
    text = json.dumps({"@context": "https://schema.org", "@graph": items}, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


WORK_TYPES = {"article": "NewsArticle", "report": "Report", "social-media": "SocialMediaPosting"}


def work(source: Source) -> dict:
    """The work a statement was printed in, as far as the fact sheet records it: its title or,
    without one, what it is, by whom and when ("title not recorded"); its publisher, date and
    address where known."""
    cited: dict = {"@type": WORK_TYPES.get(source.kind, "CreativeWork"), "name": source.shown_name}
    if source.title:
        cited["headline"] = source.title
    if source.publisher:
        cited["publisher"] = {"@type": "Organization", "name": source.publisher}
    if source.date and source.date.exact:
        cited["datePublished"] = source.date.first_day.isoformat()
    if source.url:
        cited["url"] = source.url
    return cited
