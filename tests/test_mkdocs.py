"""mkdocs.py's early process: MkDocs imported while the generator works, then the build it is given."""

from __future__ import annotations

import os

from conftest import ROOT

from generator.build import mkdocs
from generator.build.write import SITE_STAMP


def test_an_early_process_runs_the_mkdocs_command_lines_it_is_given(capfd, monkeypatch):
    monkeypatch.chdir(ROOT)  # as `make site` runs it: the generator importable from there
    assert mkdocs.Early().start([(["--version"], {})]).wait() == 0
    assert "mkdocs, version" in capfd.readouterr().out
    assert mkdocs.Early().start([(["build", "--no-such-option"], {})]).wait() == 2  # click's usage error
    assert mkdocs.Early().start([]).wait() == 0


def test_an_early_process_runs_its_builds_at_once_each_with_its_environment_and_fails_if_one_does(
        capfd, monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: !ENV [NAME, none]\ndocs_dir: !ENV DOCS\n")
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "index.md").write_text(f"# Page {name}\n")
    builds = [(["build", "-f", str(config), "--site-dir", str(tmp_path / f"site-{name}")],
               {"DOCS": str(tmp_path / name), "NAME": f"Site {name}"}) for name in ("one", "two")]
    assert mkdocs.Early().start(builds).wait() == 0
    for name in ("one", "two"):
        page = (tmp_path / f"site-{name}" / "index.html").read_text()
        assert f"Page {name}" in page and f"Site {name}" in page
    broken = [*builds, (["build", "-f", str(config)], {"DOCS": str(tmp_path / "missing")})]
    assert mkdocs.Early().start(broken).wait() == 1
    capfd.readouterr()


def test_an_early_process_is_used_once_and_one_that_is_gone_leaves_the_build_to_a_new_process(monkeypatch):
    monkeypatch.chdir(ROOT)
    early = mkdocs.Early()
    early.process.kill()
    early.process.wait()
    assert early.start([(["--version"], {})]) is None
    used = mkdocs.Early()
    assert used.start([(["--version"], {})]).wait() == 0 and used.start([(["--version"], {})]) is None


def test_an_early_process_starts_only_beside_a_built_site_and_is_stopped_unused(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    with mkdocs.early_if(tmp_path) as early:
        assert early is None
    (tmp_path / SITE_STAMP).write_text("{}")
    with mkdocs.early_if(tmp_path) as early:
        process = early.process
        assert process.poll() is None
    assert process.returncode is not None and early.process is None
    assert os.environ.get("FACTSHEET_DOCS") is None  # the build's environment is the early process's own
