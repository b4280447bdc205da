"""Publishing: the workflow, checked offline, and the built site checked before it can ship."""

from __future__ import annotations

import functools
import http.server
import json
import re
import subprocess
import sys
import threading
import urllib.parse
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from conftest import ROOT, copy_project, run, search, snapshot
from crawl import broken_links
from playwright.sync_api import expect

from generator.site import repository

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent
VNU = ROOT / ".tools" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
VNU_ALLOWED = {
    "Attribute “autocomplete” is only allowed when the input type is":
        "Material sets autocomplete=off on its checkbox toggles (drawer, search, nav) so that Firefox "
        "does not restore an open drawer on reload; the fix means overriding Material's base template.",
    "The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control.":
        "Material's table-of-contents title points at the __toc toggle, which it renders only for pages "
        "listed in the nav; entity pages are deliberately not in the nav, so that it stays small.",
}


# --- the workflow -------------------------------------------------------------------------


def test_there_is_a_workflow():
    assert [w.name for w in WORKFLOWS] == ["site.yml"]


def test_workflows_are_valid_github_workflows():
    result = subprocess.run([BIN / "check-jsonschema", "--builtin-schema", "vendor.github-workflows", *WORKFLOWS],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing():
    result = subprocess.run([BIN / "zizmor", "--offline", "--no-progress", ROOT / ".github" / "workflows"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout


def workflow() -> dict:
    return yaml.load(WORKFLOWS[0].read_text(), Loader=yaml.BaseLoader)  # `on:` stays a key


def test_every_action_is_pinned_to_a_full_commit_sha_with_its_version():
    uses = re.findall(r"uses: (\S+)(.*)", WORKFLOWS[0].read_text())
    assert uses
    for action, comment in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), action
        assert re.fullmatch(r" # v\d+(\.\d+)*", comment), f"{action}: no version comment"


def test_permissions_are_least_privilege_and_deploy_needs_the_build():
    flow = workflow()
    assert flow["permissions"] == {"contents": "read"}
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    assert "permissions" not in build
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert flow["concurrency"]["cancel-in-progress"] == "false"
    assert set(flow["on"]) == {"pull_request", "push", "workflow_dispatch"}


def test_checkout_keeps_no_credentials_and_the_build_job_checks_tests_and_builds():
    steps = workflow()["jobs"]["build"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["persist-credentials"] == "false"
    commands = " ".join(s.get("run", "") for s in steps)
    assert "generator check --format github" in commands and ".ci/run" in commands and "make site" in commands


# --- the built site -----------------------------------------------------------------------


def test_no_internal_link_or_anchor_is_broken(built_site):
    assert len(list(built_site.rglob("*.html"))) > 15 and broken_links(built_site) == []


@pytest.mark.tools
def test_the_markup_passes_the_nu_html_checker(built_site):
    assert VNU.is_file(), "run `make test`, which installs vnu-jar"
    result = subprocess.run(["java", "-jar", VNU, "--errors-only", "--format", "json", "--skip-non-html", built_site],
                            capture_output=True, text=True)
    messages = json.loads(result.stderr)["messages"]
    assert messages, "the checker saw nothing"  # Material's known errors, at least
    unexpected = [f"{m['url'].split('/site/')[-1]}: {m['message']}" for m in messages
                  if not any(m["message"].startswith(known) for known in VNU_ALLOWED)]
    assert unexpected == []


def test_there_is_a_404_page(built_site):
    assert "404" in (built_site / "404.html").read_text()




def test_two_builds_of_the_same_commit_are_byte_identical(tmp_path):
    env = {"SOURCE_DATE_EPOCH": "1742601600", "SITE_URL": "https://example.github.io/nato-factsheet/"}
    trees = []
    for name in ("first", "second"):
        project = copy_project(tmp_path / name)
        result = run("mkdocs", "build", "--strict", "--site-dir", "site", cwd=project, env=env)
        assert result.returncode == 0, result.stderr
        trees.append(snapshot(project / "site"))
    assert trees[0] == trees[1]
    sitemap = (tmp_path / "first" / "site" / "sitemap.xml").read_text()
    assert "<lastmod>2025-03-22</lastmod>" in sitemap  # the date of SOURCE_DATE_EPOCH, not today's


# --- under a project subpath, as GitHub Pages serves it --------------------------------------

PREFIX = "/nato-factsheet/"


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """GitHub Pages in small: the site under /REPO/, its 404.html for anything missing."""

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        path = urlsplit(path).path
        if not path.startswith(PREFIX):
            return "/nonexistent"
        return super().translate_path("/" + path[len(PREFIX):])

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def pages_url(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("subpath"))
    result = run("mkdocs", "build", "--strict", "--site-dir", "site", cwd=project,
                 env={"SITE_URL": f"https://example.github.io{PREFIX}"})
    assert result.returncode == 0, result.stderr
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(PagesHandler, directory=str(project / "site"))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    server.shutdown()
    server.server_close()


@pytest.mark.browser
def test_the_site_works_under_a_project_subpath(browser, pages_url):
    page = browser.new_page()
    failed = []
    page.on("response", lambda r: r.status >= 400 and failed.append(r.url))
    page.goto(pages_url)
    expect(page.locator("article h1")).to_contain_text("Fixture fact sheet")
    page.locator(".md-nav--primary").get_by_role("link", name="Countries").first.click()
    expect(page).to_have_url(f"{pages_url}countries/")
    page.locator("article").get_by_role("link", name="Germany").click()
    expect(page.locator("article h1")).to_contain_text("Germany")
    search(page, "Berg")
    expect(page.locator('.md-search-result__item a[href*="anna-berg"]').first).to_be_visible()
    assert failed == []
    response = page.goto(f"{pages_url}no/such/page/")
    assert response.status == 404
    expect(page.locator("article h1")).to_contain_text("404")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    assert [u for u in failed if "no/such/page" not in u] == []
    page.close()


def test_every_hand_written_part_of_docs_is_committed():
    """What a fresh clone needs beyond the generator's output (a missing script was a 404)."""
    from conftest import HAND_WRITTEN_DOCS

    for folder in HAND_WRITTEN_DOCS:
        tracked = subprocess.run(["git", "ls-files", f"docs/{folder}"], cwd=ROOT, capture_output=True, text=True).stdout
        on_disk = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "docs" / folder).rglob("*") if p.is_file())
        assert sorted(tracked.split()) == on_disk, folder


def test_the_correction_form_is_a_valid_issue_form_with_the_fields_the_links_fill_in():
    form = ROOT / ".github" / "ISSUE_TEMPLATE" / repository.ISSUE_FORM
    result = subprocess.run([BIN / "check-jsonschema", "--builtin-schema", "vendor.github-issue-forms", form],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    ids = {field.get("id") for field in yaml.safe_load(form.read_text())["body"]}
    filled = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(
        repository.Repository("https://github.com/o/r", "main", ROOT).correction("s", "a", "w")).query))
    assert filled.keys() - {"template", "title"} <= ids
