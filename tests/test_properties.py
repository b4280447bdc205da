"""Property tests (hypothesis): any text an editor can type shows as exactly that text."""

import html
import re

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from generator.data.dates import parse
from generator.data.model import Actor, Country
from generator.site.contexts import ActorPage
from generator.site.environment import md_text
from generator.site.plan import Page
from generator.site.render import render

EXTENSIONS = ["toc", "tables", "fenced_code", "attr_list", "md_in_html"]  # as mkdocs.yml (pinned in test_render)
# What validation lets through: any text but control characters (it refuses those).
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1).filter(lambda t: t.strip())
PIECES = [*list("*_`#[]()!<>&|{}~\\-.:+=^ aZ1\"'/\n"), "javascript:", "{{", "{%", "<script>", "](", "1. ", "> ", "```"]
MARKDOWN_HEAVY = st.lists(st.sampled_from(PIECES), min_size=1).map("".join).filter(str.strip)


def visible(fragment: str) -> str:
    """The text a browser shows (which folds runs of white space)."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def shown(text: str) -> str:
    """What a reader should see: the text with runs of white space as one space."""
    return " ".join(text.split())


@settings(max_examples=400, deadline=None)
@given(st.one_of(TEXT, MARKDOWN_HEAVY))
def test_any_text_renders_as_exactly_itself(text):
    rendered = markdown.markdown(f"Quote: {md_text(text)}", extensions=EXTENSIONS)
    assert rendered.startswith("<p>") and rendered.count("<p>") == 1
    assert visible(rendered) == shown(f"Quote: {text}")
    assert not re.search(r"<(?!/?p>)", rendered), "an element other than the paragraph"


@settings(max_examples=150, deadline=None)
@given(st.one_of(TEXT, MARKDOWN_HEAVY))
def test_any_name_is_the_heading_of_its_page(name):
    actor = Actor(id="x", name=name, kind="person", country=Country(id="us", name="United States"))
    page = render([Page("actors/x.md", ActorPage(actor, Markup(""), [], []))])["actors/x.md"]
    rendered = markdown.markdown(page, extensions=EXTENSIONS)
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", rendered, re.S)
    assert heading and visible(heading.group(1)) == shown(name)


@given(st.dates(), st.sampled_from(["day", "month", "year"]), st.booleans())
def test_every_date_written_in_the_format_parses_back(date, precision, before):
    text = {"day": date.isoformat(), "month": date.isoformat()[:7], "year": date.isoformat()[:4]}[precision]
    text = f"../{text}" if before else text
    if date.year < 1000:
        return
    parsed = parse(text)
    assert parsed.text == text and parsed.precision == precision and parsed.before == before
    assert parsed.last_day >= date
