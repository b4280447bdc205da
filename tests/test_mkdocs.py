"""mkdocs.py's early process: MkDocs imported while the generator works, then the build it is given."""

from __future__ import annotations

import os

from conftest import ROOT

from generator.build import mkdocs
from generator.build.write import SITE_STAMP


def test_an_early_process_runs_the_mkdocs_command_line_it_is_given(capfd, monkeypatch):
    monkeypatch.chdir(ROOT)  # as `make site` runs it: the generator importable from there
    assert mkdocs.Early().start(["--version"], {}).wait() == 0
    assert "mkdocs, version" in capfd.readouterr().out
    assert mkdocs.Early().start(["build", "--no-such-option"], {}).wait() == 2  # click's usage error


def test_an_early_process_is_used_once_and_one_that_is_gone_leaves_the_build_to_a_new_process(monkeypatch):
    monkeypatch.chdir(ROOT)
    early = mkdocs.Early()
    early.process.kill()
    early.process.wait()
    assert early.start(["--version"], {}) is None
    used = mkdocs.Early()
    assert used.start(["--version"], {}).wait() == 0 and used.start(["--version"], {}) is None


def test_an_early_process_starts_only_beside_a_built_site_and_is_stopped_unused(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    with mkdocs.early_if(tmp_path) as early:
        assert early is None
    (tmp_path / SITE_STAMP).write_text("{}")
    with mkdocs.early_if(tmp_path, ("en", "uk")) as early:
        assert sorted(early) == ["en", "uk"]  # one per edition
        processes = [e.process for e in early.values()]
        assert all(process.poll() is None for process in processes)
    assert all(p.returncode is not None for p in processes) and all(e.process is None for e in early.values())
    assert os.environ.get("FACTSHEET_DOCS") is None  # the build's environment is the early process's own
