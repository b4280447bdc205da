"""Text from YAML never becomes live HTML, script, link or template: payloads in every text
field, built by `mkdocs build --strict`, opened in Chromium on every page and in search."""

from pathlib import Path

import pytest
import yaml
from conftest import copy_project, run, search, serve
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

P = (
    'Zqxmarker </title></textarea>"><script>window.pwned=1;alert(1)</script>'
    '<img src=x onerror="window.pwned=1;alert(1)"> '
    '[x](javascript:window.pwned=1) ![d](data:text/html;base64,PHNjcmlwdD4=) <a href="data:text/html,x">d</a> '
    '**b** _i_ `c` {{ 7*7 }} {% if 1 %}T{% endif %} # h |p| 1. '
    '{: onclick="window.pwned=1" } <!-- c --> &amp; ~~~'
)
RECORDS = {
    "topics.yaml": dict(id="payload-topic", title=P, question=P, stances=[dict(id="s1", label=P)]),
    "countries.yaml": dict(id="zz", name=P),
    "actors.yaml": dict(id="payload-actor", name=P, kind="person", country="zz", role=P, aliases=[P], description=P),
    "sources.yaml": dict(id="payload-source", kind="article", date="2025-01-01", title=P, publisher=P,
                         language=P, notes=P, url='https://example.org/?q="><script>window.pwned=1</script>'),
    "statements/payload.yaml": dict(
        id="payload-statement", date="2025-01-01", speaker="payload-actor", topic="payload-topic", stance="s1",
        voice="reported", position_of=["zz", "ua"], hedges=[P], quote=P, wording="translated", original=P,
        summary=P, excerpt=P, occasion=P, source="payload-source",
        corrections=[dict(date="2025-01-02", note=P)],
    ),
}


@pytest.fixture(scope="module")
def payload_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("payload"))
    for name, record in RECORDS.items():
        path = project / "data" / name
        existing = path.read_text(encoding="utf-8") if path.exists() else ""
        path.write_text(existing + "\n" + yaml.safe_dump([record], allow_unicode=True, sort_keys=False))
    result = run("mkdocs", "build", "--strict", "--site-dir", "site", cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_no_payload_runs_on_any_page_and_the_text_is_shown_as_written(browser, payload_site):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pages = sorted(p.parent.relative_to(payload_site).as_posix() for p in payload_site.rglob("index.html"))
    with serve(payload_site) as url:
        for path in pages:
            page.goto(f"{url}/{'' if path == '.' else path + '/'}")
            assert page.evaluate("window.pwned") is None, path
            live = "article a[href^='javascript:'], article a[href^='data:'], article img, article [onclick]"
            assert page.locator(live).count() == 0, path
        page.goto(f"{url}/actors/payload-actor/")
        expect(page.locator("article h1")).to_contain_text(P)
        assert page.title().startswith(f"{P} - ")  # the <title> too: Material's striptags decodes it
        assert P in page.locator('meta[name="description"]').get_attribute("content")
        assert page.locator('meta[property="og:title"]').get_attribute("content") == P
        statement = page.locator("#payload-statement")
        expect(statement.locator("blockquote")).to_have_text(f"“{P}”")
        for text in (page.locator("article").inner_text(),):
            assert text.count(P) >= 9  # name, role, aliases, description, quote, original, summary, excerpt, hedge…
        page.goto(f"{url}/sources/")
        expect(page.locator("article a[href^='https://example.org/?q=']")).to_have_count(1)
        page.goto(f"{url}/")
        search(page, "zqxmarker")
        page.wait_for_timeout(300)
        assert page.evaluate("window.pwned") is None
    assert dialogs == []
    page.close()
