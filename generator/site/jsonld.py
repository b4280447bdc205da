"""schema.org data (JSON-LD) for the statements a page shows, in its <script> element."""

from __future__ import annotations

import json

from generator.data.model import Source, Statement
from generator.site.phrases import source_name, statement_line
from generator.site.routes import address


def jsonld(statements: list[Statement]) -> str:
    """schema.org data for statements a page shows: a Quotation for each printing of a quote (the
    words as that source prints them), a Claim for each paraphrase (the fact sheet's words, never
    passed off as the speaker's). Each names the work it was printed in (`citation`: a node of
    the graph, given once however many statements cite it, `_:SOURCE`). Each is
    identified by its permanent address, `#id` on its speaker's page, where it is shown in full (a
    quote's other printings by `#id/printed-by/SOURCE`). Escaped so that it cannot end its
    <script> element."""
    items = []
    for s in statements:
        at = f"#{s.id}"
        if not s.quote:
            items.append(_item(s, s.source, {"@type": "Claim", "@id": at, "text": s.summary, "author": _speaker(s),
                                             "description": PARAPHRASE}))
        for n, printing in enumerate(s.printed):  # `name` ends with whose printing each is
            items.append(_item(s, printing.source, {
                "@type": "Quotation", "@id": at if n == 0 else f"{at}/printed-by/{printing.source.id}",
                "text": printing.quote, "creator": _speaker(s)}))
    cited = dict.fromkeys(p.source for s in statements for p in (s.printed or [s]))
    items += [{"@id": f"_:{source.id}", **work(source)} for source in cited]
    return _escaped({"@context": "https://schema.org", "@graph": items})


def listed(statements: list[Statement], root: str, name: str) -> str:
    """schema.org data for a page that lists statements given in full elsewhere (a country's
    page, its people's statements): an ItemList named `name` of them, each by its permanent
    address (`root`: the way to the site's root), where its speaker's page says what it is."""
    items = [{"@type": "ListItem", "position": n, "item": {"@id": root + address(s)}}
             for n, s in enumerate(statements, 1)]
    return _escaped({"@context": "https://schema.org", "@type": "ItemList", "name": name, "itemListElement": items})


def _escaped(data: dict) -> str:
    """As JSON that cannot end its <script> element."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


PARAPHRASE = "The fact sheet's paraphrase of what the speaker said; not the speaker's words."


def _speaker(s: Statement) -> dict:
    return {"@type": "Person" if s.speaker.kind == "person" else "Organization", "name": s.speaker.name}


def _item(s: Statement, source: Source, item: dict) -> dict:
    """`item` with when it was said, the statement in one line (as `source` printed it), and the
    work it was printed in."""
    if s.date.exact:
        item["dateCreated"] = s.date.first_day.isoformat()
    item["name"] = statement_line(s, source)
    item["citation"] = {"@id": f"_:{source.id}"}
    if source.url:
        item["isBasedOn"] = source.url
    return item


WORK_TYPES = {"article": "NewsArticle", "report": "Report", "social-media": "SocialMediaPosting"}


def work(source: Source) -> dict:
    """The work a statement was printed in, as far as the fact sheet records it: its title or,
    without one, what it is, by whom and when (no `headline`); its publisher, date and
    address where known."""
    cited: dict = {"@type": WORK_TYPES.get(source.kind, "CreativeWork"), "name": source_name(source)}
    if source.title:
        cited["headline"] = source.title
    if source.publisher:
        cited["publisher"] = {"@type": "Organization", "name": source.publisher}
    if source.date and source.date.exact:
        cited["datePublished"] = source.date.first_day.isoformat()
    if source.url:
        cited["url"] = source.url
    return cited
