"""Escaping: text from the data renders as exactly its characters, never as markup."""

import html as html_module
import re

import markdown
import pytest
from conftest import ROOT
from markupsafe import Markup
from mkdocs.config import load_config

from generator.site import i18n
from generator.site.environment import language_name, md_text

PAYLOADS = [
    "<script>window.pwned = 1</script>",
    '<img src="x" onerror="window.pwned = 1">',
    "[click](javascript:window.pwned=1)",
    "![x](data:text/html;base64,PHNjcmlwdD4=)",
    "**bold** _em_ `code` ~~strike~~",
    "# heading",
    "1. not a list",
    "- not a list either",
    "> not a quote",
    "a | b | c",
    "{{ 7 * 7 }} {% if true %}x{% endif %}",
    "{: .injected onclick=\"x\" } text { #id }",
    "&amp; &lt; \\* \\",
    "<!-- comment -->",
    "~~~ fence",
    "Zelensky — «Слава Україні» ʼ’ “quoted”",
]


def to_html(text: str) -> str:
    extensions = ["attr_list", "md_in_html", "tables", "toc", "fenced_code"]
    return markdown.markdown(text, extensions=extensions)


def visible_text(html: str) -> str:
    return html_module.unescape(re.sub(r"<[^>]+>", "", html)).strip()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_text_renders_as_exactly_its_characters(payload):
    html = to_html(f"Quote: {md_text(payload)}")
    assert visible_text(html) == f"Quote: {payload}"
    assert "<script" not in html and "<img" not in html and "<a " not in html and "<!--" not in html


@pytest.mark.parametrize("payload", PAYLOADS)
def test_text_at_the_start_of_a_line_and_in_a_table_cell(payload):
    html = to_html(
        f"{md_text(payload)}\n\n| a | b |\n| --- | --- |\n| {md_text(payload)} | x |\n\n{md_text(payload)}\n"
    )
    paragraphs = re.findall(r"<p>(.*?)</p>", html, re.S)
    cells = re.findall(r"<td>(.*?)</td>", html, re.S)
    assert [visible_text(p) for p in paragraphs] == [payload, payload]
    assert [visible_text(c) for c in cells] == [payload, "x"]


def test_line_breaks_in_text_cannot_start_a_block():
    assert to_html(md_text("text\n===\n\n    code")) == "<p>text === code</p>"


def test_escaping_is_designed_for_the_sites_markdown_extensions():
    """Adding an extension (emoji, def_list, tilde…) can make new syntax live: review md_text first."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert config["markdown_extensions"] == ["toc", "tables", "fenced_code", "attr_list", "md_in_html"]


def test_templates_render_where_their_compiled_copies_cannot_be_kept(tmp_path, monkeypatch):
    import os
    import tempfile

    import jinja2

    from generator.site import environment

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    (tmp_path / f"_jinja2-cache-{os.getuid()}").write_text("not a folder")  # as another user's could be
    assert environment._compiled_templates() is None
    gone = environment._CompiledTemplates(str(tmp_path / "gone"))  # a folder removed, a full disk: OSError
    env = jinja2.Environment(loader=jinja2.DictLoader({"t": "{{ x }}"}), bytecode_cache=gone)
    assert env.get_template("t").render(x="shown") == "shown"


def test_the_themes_compiled_templates_are_kept_apart_by_versions_and_settings(tmp_path, monkeypatch):
    import tempfile

    import jinja2

    from generator.site.environment import theme_templates

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    kept = [theme_templates(jinja2.Environment(), "mkdocs 1"), theme_templates(jinja2.Environment(), "mkdocs 2"),
            theme_templates(jinja2.Environment(trim_blocks=True), "mkdocs 1"),
            theme_templates(jinja2.Environment(extensions=["jinja2.ext.i18n"]), "mkdocs 1"),
            theme_templates(jinja2.Environment(), "mkdocs 1")]
    checksums = [k.get_source_checksum("{{ x }}") for k in kept]
    assert len(set(checksums[:4])) == 4 and checksums[4] == checksums[0]
    env = jinja2.Environment(loader=jinja2.DictLoader({"t": "{{ x }}!"}), bytecode_cache=kept[0])
    assert env.get_template("t").render(x="compiled") == "compiled!"
    again = jinja2.Environment(loader=jinja2.DictLoader({"t": "{{ x }}!"}), bytecode_cache=kept[4])
    assert again.get_template("t").render(x="from the cache") == "from the cache!"
    assert any((tmp_path).rglob("__jinja2_*.cache"))


def test_each_editions_compiled_templates_are_kept_and_found_again_wherever_the_project_lies(tmp_path, monkeypatch):
    import tempfile

    import jinja2

    from generator.site import environment

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    english, ukrainian = (environment._CompiledTemplates(compiler=f"compiler\0{language}") for language in ("en", "uk"))
    assert english.get_cache_key("t", "/a/t") != ukrainian.get_cache_key("t", "/a/t")  # once, each overwrote the other
    assert english.get_cache_key("t", "/a/t") == english.get_cache_key("t", "/b/t")  # a clone, a test's copy
    compiled = []

    class Counting(jinja2.Environment):
        def compile(self, *args, **kwargs):
            compiled.append(args[1] if len(args) > 1 else kwargs.get("name"))
            return super().compile(*args, **kwargs)

    for cache in (english, ukrainian, english, ukrainian):  # a build after a build, each edition in turn
        env = Counting(loader=jinja2.DictLoader({"t": "{{ x }}"}), bytecode_cache=cache)
        assert env.get_template("t").render(x="ok") == "ok"
    assert len(compiled) == 2  # each edition compiled once, then read from the cache


class _Shown:
    """A value with its own HTML, as a library's object could be."""

    def __html__(self):
        return "<b>own html</b>"

    def __str__(self):
        return "<b>as text</b>"


@pytest.mark.parametrize("value", ["<script>alert(1)</script> & 'quotes' \"too\" *x*", Markup("<a href='x'>y</a>"),
                                   3, -2.5, float("inf"), True, None, ["<i>", 1], _Shown()])
def test_output_needs_no_escaping_after_finalize(value):
    """Templates are compiled to print `finalize(value)` where Jinja prints `escape(finalize(value))`
    (environment._Compiler): the same text only while every finalized value is one escape leaves as is."""
    from markupsafe import escape

    from generator.site.environment import _finalize

    shown = _finalize(value)
    assert str(shown) == escape(shown)


def test_only_our_finalize_with_autoescaping_skips_the_escape():
    import jinja2

    from generator.site.environment import _Environment, environment

    ours = environment().compile("{{ x }}", raw=True)
    assert "str(environment.finalize(" in ours and "escape(" not in ours
    other = _Environment(autoescape=True, finalize=lambda value: value)
    assert "escape(environment.finalize(" in other.compile("{{ x }}", raw=True)
    assert other.from_string("{{ x }}").render(x="<i>") == "&lt;i&gt;"
    assert jinja2.Environment(autoescape=True).from_string("{{ x }}").render(x="<i>") == "&lt;i&gt;"


def test_a_template_script_in_the_data_is_shown_as_text():
    from generator.site.environment import environment

    rendered = environment().from_string("{{ quote }} <p>{{ quote|e }}</p>").render(quote="<script>x</script>")
    assert "<script>" not in rendered
    assert rendered == "&lt;script&gt;x&lt;/script&gt; <p>&lt;script&gt;x&lt;/script&gt;</p>"


def test_text_in_another_language_says_which():
    from generator.data.model import Source
    from generator.site.environment import lang

    assert lang("Олег Коваль") == ' lang="uk"' and lang("Ми хочемо гарантій") == ' lang="uk"'
    assert lang("Зелёный") == ' lang="ru"'  # ё: a letter Ukrainian does not use
    assert lang("Koval") == "" and lang("") == ""
    assert lang(Source(id="s", kind="article", language="de")) == ' lang="de"'
    for code in ("en", "", "English", 'de" onclick="x'):
        assert lang(Source(id="s", kind="article", language=code)) == ""


def test_a_language_is_named_in_the_editions_language_and_an_unknown_code_as_written():
    assert [language_name(code) for code in ("en", "uk", "en-GB", "xx", "zz-99")] == [
        "English", "Ukrainian", "English (United Kingdom)", "xx", "zz-99"]
    with i18n.use("uk"):
        assert [language_name(code) for code in ("en", "uk")] == ["англійська", "українська"]
