"""Writing docs/: only changed files, stale pages removed, hand-written files never touched."""

import os
import shutil

import pytest

from generator.build.write import FINGERPRINTS, MANIFEST, WriteError, kept, make_spare, write


def tree(folder):
    return {
        str(p.relative_to(folder)): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*")) if p.is_file() and p.name not in (".generated", ".inputs", ".fingerprints")
    }


def test_writes_pages_and_a_manifest(tmp_path):
    report = write({"index.md": "# Home\n", "actors/a.md": "# A\n"}, tmp_path)
    assert report.written == ("actors/a.md", "index.md")
    assert tree(tmp_path) == {"actors/a.md": "# A\n", "index.md": "# Home\n"}
    assert (tmp_path / MANIFEST).read_text() == "actors/a.md\nindex.md\n"


def test_unchanged_pages_are_not_rewritten(tmp_path):
    write({"index.md": "# Home\n", "b.md": "b\n"}, tmp_path)
    os.utime(tmp_path / "index.md", (1, 1))
    report = write({"index.md": "# Home\n", "b.md": "changed\n"}, tmp_path)
    assert (report.written, report.unchanged) == (("b.md",), 1)
    assert (tmp_path / "index.md").stat().st_mtime == 1


def test_stale_generated_pages_are_removed_with_their_empty_folders(tmp_path):
    write({"index.md": "x\n", "actors/gone.md": "x\n"}, tmp_path)
    report = write({"index.md": "x\n"}, tmp_path)
    assert report.removed == ("actors/gone.md",)
    assert not (tmp_path / "actors").exists()


def test_hand_written_files_are_never_touched(tmp_path):
    (tmp_path / "stylesheets").mkdir()
    (tmp_path / "stylesheets" / "site.css").write_text("body {}")
    write({"index.md": "x\n"}, tmp_path)
    write({"other.md": "x\n"}, tmp_path)
    assert (tmp_path / "stylesheets" / "site.css").read_text() == "body {}"


def test_refuses_to_overwrite_a_hand_written_page(tmp_path):
    (tmp_path / "about.md").write_text("mine")
    with pytest.raises(WriteError, match=r"about\.md exists and was not written by the generator"):
        write({"about.md": "generated\n", "index.md": "x\n"}, tmp_path)
    assert (tmp_path / "about.md").read_text() == "mine"
    assert not (tmp_path / "index.md").exists()


@pytest.mark.parametrize("path", ["../outside.md", "/etc/passwd", ".generated"])
def test_refuses_paths_outside_the_folder(tmp_path, path):
    with pytest.raises(WriteError, match="refusing to write outside"):
        write({path: "x"}, tmp_path / "docs")


def test_no_temporary_files_are_left(tmp_path):
    write({"index.md": "x\n"}, tmp_path)
    write({"index.md": "y\n"}, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".fingerprints", ".generated", ".inputs", "index.md"]


def test_a_page_whose_fingerprint_is_unchanged_is_kept_as_it_is(tmp_path):
    write({"index.md": "x\n", "b.md": "b\n"}, tmp_path, fingerprints={"index.md": "1", "b.md": "2"})
    assert kept(tmp_path) == {"index.md": "1", "b.md": "2"}
    report = write({"index.md": None, "b.md": "b2\n"}, tmp_path, fingerprints={"index.md": "1", "b.md": "3"})
    assert (report.written, report.unchanged) == (("b.md",), 1)
    assert tree(tmp_path) == {"index.md": "x\n", "b.md": "b2\n"}
    assert kept(tmp_path) == {"index.md": "1", "b.md": "3"}


def test_a_page_changed_by_hand_after_its_fingerprint_is_not_kept(tmp_path):
    write({"index.md": "x\n", "b.md": "b\n"}, tmp_path, fingerprints={"index.md": "1", "b.md": "2"})
    stamp = (tmp_path / FINGERPRINTS).stat().st_mtime_ns
    (tmp_path / "b.md").write_text("by hand\n")
    os.utime(tmp_path / "b.md", ns=(stamp + 1, stamp + 1))
    (tmp_path / "index.md").unlink()
    assert kept(tmp_path) == {}


def test_a_page_to_keep_that_is_not_there_is_refused(tmp_path):
    write({"index.md": "x\n"}, tmp_path)
    with pytest.raises(WriteError, match="was to be kept as it is, but is not there"):
        write({"index.md": "x\n", "new.md": None}, tmp_path)


def test_a_page_to_keep_that_another_build_rewrote_meanwhile_is_refused(tmp_path):
    write({"index.md": "x\n"}, tmp_path, fingerprints={"index.md": "1"})
    write({"index.md": "y\n"}, tmp_path, fingerprints={"index.md": "2"})  # the other build, first
    with pytest.raises(WriteError, match="changed while the pages were made; build again"):
        write({"index.md": None}, tmp_path, fingerprints={"index.md": "1"})
    assert (tmp_path / "index.md").read_text() == "y\n"


def test_the_generators_own_dot_files_are_written_with_the_pages_but_are_not_pages(tmp_path):
    report = write({"index.md": "x\n"}, tmp_path, own={".cache": b"one"})
    assert report.written == ("index.md",)
    assert (tmp_path / ".cache").read_bytes() == b"one"
    assert (tmp_path / MANIFEST).read_text(encoding="utf-8") == "index.md\n"
    report = write({"index.md": "x\n"}, tmp_path, own={".cache": b"two"})
    assert (report.written, (tmp_path / ".cache").read_bytes()) == ((), b"two")


@pytest.mark.parametrize("name", ["cache", ".a/b"])
def test_an_own_file_that_is_not_a_dot_file_beside_the_pages_is_refused(tmp_path, name):
    with pytest.raises(WriteError, match="dot files"):
        write({"index.md": "x\n"}, tmp_path, own={name: b"x"})
    assert not any(tmp_path.iterdir()) or not (tmp_path / "index.md").exists()


def _inodes(folder):
    return {str(p.relative_to(folder)): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


def test_the_old_tree_is_kept_beside_as_the_next_builds_spare_and_made_new_where_it_differs(tmp_path):
    docs = tmp_path / "docs"
    pages = {f"actors/{n}.md": f"{n}\n" for n in range(5)} | {"index.md": "x\n"}
    write(pages, docs)
    first = _inodes(docs)
    write(pages | {"index.md": "y\n"}, docs)
    spare = tmp_path / ".docs.spare"
    assert _inodes(spare) == first, "the spare is the old tree"
    assert {p for p, n in _inodes(docs).items() if first.get(p) != n} == {"index.md", ".fingerprints"}
    write(pages | {"index.md": "z\n", "new/page.md": "n\n"}, docs)
    assert tree(docs) == pages | {"index.md": "z\n", "new/page.md": "n\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == [".docs.lock", ".docs.spare", "docs"]


def test_a_spare_in_any_state_gives_the_tree_a_fresh_build_gives(tmp_path):
    docs, fresh = tmp_path / "docs", tmp_path / "fresh"
    write({"index.md": "x\n", "actors/a.md": "a\n", "actors/b.md": "b\n"}, docs)
    spare = tmp_path / ".docs.spare"
    shutil.rmtree(spare)
    spare.mkdir()
    (spare / "actors").write_text("a file where the tree has a folder")
    (spare / "index.md").mkdir()  # a folder where it has a file
    (spare / "stale").mkdir()
    (spare / "stale" / "page.md").write_text("gone\n")
    (spare / ".generated").write_text("not the manifest\n")
    pages = {"index.md": "y\n", "actors/a.md": "a\n", "actors/b.md": "b2\n"}
    write(pages, docs)
    write(pages, fresh)
    assert tree(docs) == tree(fresh) == pages
    assert (docs / MANIFEST).read_text() == (fresh / MANIFEST).read_text()
    assert sorted(str(p.relative_to(docs)) for p in docs.rglob("*")) == \
        sorted(str(p.relative_to(fresh)) for p in fresh.rglob("*"))


def test_no_file_the_live_tree_holds_is_written_through_the_spare(tmp_path):
    docs = tmp_path / "docs"
    write({"index.md": "x\n", "b.md": "b\n"}, docs)
    write({"index.md": "y\n", "b.md": "b\n"}, docs)  # the spare now shares b.md with docs/
    for name in ("index.md", "b.md"):
        os.link(docs / name, tmp_path / f"held-{name}")  # the very files docs/ holds
    with pytest.raises(WriteError):
        write({"index.md": "z\n", "b.md": "b3\n", "../out.md": "x"}, docs)
    write({"index.md": "z\n", "b.md": "b3\n"}, docs)
    assert tree(docs) == {"index.md": "z\n", "b.md": "b3\n"}
    assert [(tmp_path / f"held-{name}").read_text() for name in ("index.md", "b.md")] == ["y\n", "b\n"]


def test_a_spare_made_after_a_full_build_is_the_tree_hard_linked_and_never_replaces_one_there(tmp_path):
    site = tmp_path / "site"
    (site / "actors" / "a").mkdir(parents=True)
    (site / "actors" / "a" / "index.html").write_text("a")
    (site / "index.html").write_text("home")
    make_spare(site)
    spare = tmp_path / ".site.spare"
    assert _inodes(spare) == _inodes(site)
    (site / "index.html").unlink()
    (site / "index.html").write_text("another home")
    make_spare(site)  # one is there already: it stays, and nothing is left behind
    assert (spare / "index.html").read_text() == "home"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.spare", "site"]
