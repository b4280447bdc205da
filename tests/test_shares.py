"""A large site built in shares, one `mkdocs build` per core (generator/build/shares.py): the
site a single build makes, and a broken anchor between shares still stops it."""

import shutil

from conftest import run, snapshot

from generator.build import shares
from generator.build.mkdocs import edition
from generator.data.languages import LANGUAGES, folder

EPOCH = {"SOURCE_DATE_EPOCH": "1767225600"}


def test_split_puts_every_page_in_one_share_and_evens_their_sizes():
    sizes = {f"p{k}.md": size for k, size in enumerate([90, 10, 40, 40, 30, 5, 5, 60, 20])}
    split = shares.split(sizes, 3)
    assert sorted(p for share in split for p in share) == sorted(sizes)
    loads = [sum(sizes[p] for p in share) for share in split]
    assert max(loads) - min(loads) <= max(sizes.values())
    assert split == shares.split(dict(reversed(sizes.items())), 3)  # the same in every process


def test_the_number_of_shares_follows_the_setting_else_the_size(monkeypatch):
    monkeypatch.delenv(shares.SHARES, raising=False)
    assert shares.count(shares.LARGE - 1) == 1
    assert 1 <= shares.count(shares.LARGE) <= shares.MOST
    assert shares.count(shares.LARGE, together=shares.MOST) == 1  # the editions built at once share the cores
    monkeypatch.setenv(shares.SHARES, "3")
    assert shares.count(5) == 3


def test_a_site_built_in_shares_is_the_single_build_byte_for_byte(project, tmp_path):
    twin = tmp_path / "twin"
    shutil.copytree(project, twin, symlinks=True)
    run("generator", "site", cwd=project, env={shares.SHARES: "1", **EPOCH}, check=True)
    result = run("generator", "site", cwd=twin, env={shares.SHARES: "3", **EPOCH}, check=True)
    assert "WARNING" not in result.stderr, result.stderr
    single, shared = snapshot(project / "site"), snapshot(twin / "site")
    assert single.pop(".factsheet-site") and shared.pop(".factsheet-site")
    assert single == shared


def test_the_editions_built_at_once_are_each_editions_own_clean_build_byte_for_byte(project, tmp_path):
    """`make site` builds the editions at the same time, each into its folder of one new site and
    none cleaning it (`--dirty`, into empty folders): the site is what `mkdocs build` makes of
    each edition alone, from scratch."""
    run("generator", "site", cwd=project, env={shares.SHARES: "1", **EPOCH}, check=True)
    alone = tmp_path / "alone"
    for language in LANGUAGES:
        settings = {**EPOCH, **edition(language), "FACTSHEET_DOCS": str(project / "docs" / folder(language)),
                    "FACTSHEET_HOOK": "off"}
        run("mkdocs", "build", "--strict", "--clean", "--site-dir", str(alone / folder(language)), cwd=project,
            env=settings, check=True)
    together, apart = snapshot(project / "site"), snapshot(alone)
    assert together.pop(".factsheet-site")
    assert together == apart


def test_a_link_to_a_missing_anchor_on_a_page_in_another_share_stops_the_build(project):
    """MkDocs checks a link's anchor only when it built the page linked to: the shares' records
    check the rest. The link goes from about.md to a page the split puts in the other share."""
    about = project / "content" / "about.md"
    prose = about.read_text()
    for target in ("timeline.md", "sources.md", "map.md", "corrections.md", "countries/index.md", "topics/index.md"):
        about.write_text(f"{prose}\nSee [this]({target}#no-such-anchor).\n")
        run("generator", "build", cwd=project, check=True)
        docs = project / "docs"
        sizes = {p.relative_to(docs).as_posix(): p.stat().st_size for p in docs.rglob("*.md")}
        split = shares.split(sizes, 2)
        if not any({"about.md", target} <= share for share in split):
            break
    else:
        raise AssertionError("no page outside about.md's share")
    result = run("generator", "site", cwd=project, env={shares.SHARES: "2"})
    assert result.returncode != 0
    assert f"the doc '{target}' does not contain an anchor '#no-such-anchor'" in result.stderr, result.stderr
    assert not (project / "site").exists()
