"""Raw HTML blocks set aside from Markdown and put back: exactly as written, wherever they were."""

from __future__ import annotations

import markdown
import pytest

from generator.site import rawhtml, routes

PAGE = """# Title

Some *Markdown*.

[fs-raw]: #
<div class="fs-statement" id="s-1">
<p>“A quote with **stars** and [brackets](x)”</p>
</div>
[/fs-raw]: #

[fs-raw]: #
<ul class="fs-lines">
<li><a href="../actors/a.md#s-1">A</a>: *not emphasis*</li>
</ul>
[/fs-raw]: #

More text.
"""


PAGES = {"countries/ua.md", "actors/a.md"}
"""The site's pages, by path under docs/; PAGE is countries/ua.md."""


def convert(text: str) -> str:
    return markdown.markdown(text, extensions=["attr_list", "md_in_html", "tables"])


def put_back(html: str, found: rawhtml.SetAside) -> str:
    return rawhtml.put_back(html, found, "countries/ua.md", PAGES)


def test_blocks_come_back_exactly_as_written_where_they_were():
    text, found = rawhtml.set_aside(PAGE)
    assert "fs-statement" not in text and "fs-lines" not in text and "*Markdown*" in text
    content = put_back(convert(text), found)
    assert '<div class="fs-statement" id="s-1">\n<p>“A quote with **stars** and [brackets](x)”</p>\n</div>' in content
    assert "<li><a href=\"../../actors/a/#s-1\">A</a>: *not emphasis*</li>" in content and "fsraw" not in content
    assert content.index("fs-statement") < content.index("fs-lines") < content.index("More text")
    assert "<em>Markdown</em>" in content
    assert found.anchors == {"s-1"}


def test_each_page_draws_its_own_token():
    assert rawhtml.set_aside(PAGE)[1].token != rawhtml.set_aside(PAGE)[1].token


def test_a_block_markdown_did_not_keep_as_a_paragraph_is_an_error_not_a_loss():
    text, found = rawhtml.set_aside(PAGE)
    broken = text.replace(f"\n\n{found.token}0\n\n", f"\n\n- {found.token}0\n\n")  # in a list item
    with pytest.raises(rawhtml.RawHTMLError, match="1 of 1 raw HTML blocks were not found"):
        put_back(convert(broken), found)


def test_blocks_one_after_another_are_set_aside_as_one_run_and_come_back_as_markdown_would_join_them():
    text, found = rawhtml.set_aside(PAGE)
    assert len(found.blocks) == 1
    alone = PAGE.replace("[/fs-raw]: #\n\n[fs-raw]: #", "[/fs-raw]: #\n\nBetween.\n\n[fs-raw]: #")
    assert len(rawhtml.set_aside(alone)[1].blocks) == 2
    assert "</div>\n<ul class=\"fs-lines\">" in put_back(convert(text), found)  # a line apart, as paragraphs


def test_a_page_without_blocks_is_left_alone():
    text, found = rawhtml.set_aside("# Just Markdown\n")
    assert text == "# Just Markdown\n" and found.blocks == []


def test_a_link_to_no_page_stops_the_build():
    text, found = rawhtml.set_aside(PAGE.replace("../actors/a.md", "../actors/b.md"))
    with pytest.raises(rawhtml.RawHTMLError, match=r"links to no page: \.\./actors/b\.md#s-1"):
        put_back(convert(text), found)


def test_markdown_without_the_hook_drops_the_markers_and_keeps_each_block_as_the_hook_does():
    """Zensical runs no hook: its Markdown reads the marker lines as link definitions, which it
    drops, and passes each block through (its links it converts itself, as the hook does)."""
    text, found = rawhtml.set_aside(PAGE)
    with_hook, without = put_back(convert(text), found), convert(PAGE)
    assert "fs-raw" not in without
    for block in ('<div class="fs-statement" id="s-1">\n<p>“A quote with **stars** and [brackets](x)”</p>\n</div>',
                  '<li><a href="../actors/a.md#s-1">A</a>: *not emphasis*</li>'):
        assert block in without
        served = rawhtml.PAGE_LINK.sub(lambda m: f'href="{routes.served(m[1], "countries/ua.md")[0]}"', block)
        assert served in with_hook
