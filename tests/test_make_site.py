"""`make site` as the README gives it: a failure anywhere leaves docs/ and site/ byte-identical."""

import os
import shutil
import subprocess
import time

import pytest
from conftest import ROOT, copy_project, snapshot


@pytest.fixture
def made(tmp_path):
    """A copy of the project sharing this checkout's installed .venv, after one good `make site`."""
    project = copy_project(tmp_path)
    for name in ("Makefile", "pyproject.toml", "constraints.txt"):
        shutil.copy2(ROOT / name, project / name)  # keep the times: the shared .venv is up to date
    (project / ".venv").symlink_to(ROOT / ".venv")
    assert make_site(project).returncode == 0
    return project


def make_site(project, settings: dict | None = None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")} | (settings or {})
    return subprocess.run(["make", "site"], cwd=project, capture_output=True, text=True, env=env)


def test_a_good_make_site_builds_both(made):
    assert (made / "site" / "countries" / "de" / "index.html").is_file()
    assert (made / "docs" / "countries" / "de.md").is_file()
    assert not [p.name for p in made.iterdir() if p.name.startswith((".docs.new-", ".site.new-"))]


def test_after_a_full_build_the_next_builds_spare_is_made_meanwhile(made):
    """The site was built whole: a process of its own links it into the spare, for the next build."""
    spare = made / ".site.spare"
    deadline = time.monotonic() + 60
    while not spare.is_dir() and time.monotonic() < deadline:
        time.sleep(0.05)
    inodes = lambda tree: {str(p.relative_to(tree)): p.stat().st_ino for p in tree.rglob("*") if p.is_file()}
    assert inodes(spare) == inodes(made / "site")


@pytest.mark.parametrize("breakage", ["bad data", "broken link in prose"])
def test_a_failed_make_site_leaves_docs_and_site_as_they_were(made, breakage):
    before = snapshot(made / "docs"), snapshot(made / "site")
    if breakage == "bad data":
        actors = made / "data" / "actors.yaml"
        actors.write_text(actors.read_text().replace("kind: media", "kind: newspaper"))
    else:
        about = made / "content" / "about.md"
        about.write_text(about.read_text() + "\nSee [the missing page](missing.md).\n")
    result = make_site(made)
    assert result.returncode != 0
    assert "docs and site were left as they were" in result.stderr
    assert (snapshot(made / "docs"), snapshot(made / "site")) == before


def test_a_make_site_killed_between_its_two_swaps_is_repaired_by_the_next(made):
    """docs/ and site/ are swapped in by two renames, one after the other: killed between them,
    the new site stands beside the old pages, each whole. The old pages are older than the data,
    so the next `make site` builds both again."""
    old_docs = made.parent / "old-docs"
    shutil.copytree(made / "docs", old_docs, symlinks=True)
    actors = made / "data" / "actors.yaml"
    actors.write_text(actors.read_text().replace("role: Chancellor", "role: Federal Chancellor"))
    assert make_site(made).returncode == 0
    new_docs = snapshot(made / "docs")
    shutil.rmtree(made / "docs")
    old_docs.rename(made / "docs")  # the state a kill between the two renames leaves
    assert snapshot(made / "docs") != new_docs
    result = make_site(made)
    assert result.returncode == 0, result.stderr
    assert snapshot(made / "docs") == new_docs
    assert "Federal Chancellor" in (made / "site" / "actors" / "karl-lind" / "index.html").read_text()


def test_make_site_with_nothing_changed_leaves_the_site_as_built_and_rebuilds_on_any_input(made):
    before = snapshot(made / "site")
    result = make_site(made)
    assert result.returncode == 0 and "site: up to date" in result.stdout
    assert snapshot(made / "site") == before
    css = made / "docs" / "stylesheets" / "factsheet.css"
    css.write_text(css.read_text() + "\n/* a hand-written change */\n")
    result = make_site(made)
    assert "site: built in" in result.stdout
    assert "a hand-written change" in (made / "site" / "stylesheets" / "factsheet.css").read_text()
    config = made / "mkdocs.yml"
    config.write_text(config.read_text().replace("site_name: ", "site_name: Edited ", 1))
    assert "site: built in" in make_site(made).stdout
    assert "Edited " in (made / "site" / "index.html").read_text()
    env = {"SITE_URL": "https://example.org/factsheet/"}
    assert "site: built in" in make_site(made, env).stdout
    assert "https://example.org/factsheet/" in (made / "site" / "sitemap.xml").read_text()
    assert "site: up to date" in make_site(made, env).stdout
    actors = made / "data" / "actors.yaml"
    actors.write_text(actors.read_text().replace("role: Chancellor", "role: Federal Chancellor"))
    assert "site: built in" in make_site(made, env).stdout
    assert "Federal Chancellor" in (made / "site" / "actors" / "karl-lind" / "index.html").read_text()
    assert "site: up to date" in make_site(made, env).stdout  # the edit is built once, not again


EPOCH = {"SOURCE_DATE_EPOCH": "1767225600"}
"""One date for every build compared (the sitemap's), as a checkout's last commit gives it."""

EDITS = {
    "a quote": ("data/statements/statements.yaml", "quote: Membership is not realistic.",
                "quote: Membership is not realistic, not yet."),
    "a role": ("data/actors.yaml", "role: Chancellor", "role: Federal Chancellor"),
    "a hand-written style": ("docs/stylesheets/factsheet.css", "/*", "/* edited */\n/*"),
    "a new person, with a page": ("data/actors.yaml", "- id: karl-lind", "- id: eva-holm\n  name: Eva Holm\n"
                                  "  kind: person\n  country: de\n\n- id: karl-lind"),
    "the prose": ("content/about.md", "\n", "\nEdited prose.\n"),
}


@pytest.mark.parametrize("edit", EDITS)
def test_after_an_edit_make_site_builds_only_what_changed_and_equals_a_full_build(made, tmp_path, edit):
    assert "site: built in" in make_site(made, EPOCH).stdout  # another date: the sitemap's
    name, old, new = EDITS[edit]
    path = made / name
    assert old in path.read_text()
    path.write_text(path.read_text().replace(old, new, 1))
    if edit.startswith("a new person"):
        statements = made / "data" / "statements" / "statements.yaml"
        statements.write_text(statements.read_text() + "\n- id: holm-not-realistic\n  date: 2025-02-12\n"
                              "  speaker: eva-holm\n  topic: membership\n  stance: not-realistic\n  voice: own\n"
                              "  quote: Membership is not realistic.\n  source: gazette-envoys\n")
    untouched = (made / "site" / "topics" / "index.html").stat().st_ino
    result = make_site(made, EPOCH)
    assert result.returncode == 0 and "site: built in" in result.stdout, result.stderr
    incremental = edit in ("a quote", "a role", "a hand-written style")  # a page added, or prose: built whole
    assert ((made / "site" / "topics" / "index.html").stat().st_ino == untouched) == incremental
    full = tmp_path / "full"
    shutil.copytree(made, full, symlinks=True,  # what the build keeps for the next, and trees being removed, left out
                    ignore=shutil.ignore_patterns("site", ".*.old-*", ".*.spare", ".*.memo-*"))
    assert make_site(full, EPOCH).returncode == 0
    built, fresh = snapshot(made / "site"), snapshot(full / "site")
    stamp = ".factsheet-site"
    assert built.pop(stamp) and fresh.pop(stamp)
    assert built == fresh


def test_make_test_names_the_one_command_when_it_may_not_install_what_is_missing():
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    result = subprocess.run(
        ["make", "-s", "tools", "DEBIAN_TOOLS=chromium:no-such-chromium npm:npm", "INSTALL_TOOLS=no"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode != 0
    assert result.stderr.splitlines()[0] == (
        "make test needs Debian's chromium: run  sudo apt-get install chromium  and then make test again")
