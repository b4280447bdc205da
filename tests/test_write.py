"""Writing docs/: only changed files, stale pages removed, hand-written files never touched."""

import os

import pytest

from generator.write import MANIFEST, WriteError, write


def tree(folder):
    return {
        str(p.relative_to(folder)): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*")) if p.is_file() and p.name not in (".generated", ".inputs")
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
    with pytest.raises(WriteError, match="about.md exists and was not written by the generator"):
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
    assert sorted(p.name for p in tmp_path.iterdir()) == [".generated", ".inputs", "index.md"]
