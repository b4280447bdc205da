"""Nothing lost: a build killed at any moment, or two builds at once, leave docs/ whole."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SHEET, snapshot

sys.path.insert(0, str(ROOT / "benchmarks"))
from bench import dump, load, scaled_data


def build(project: Path, data: str, docs: str = "docs") -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "build", "--data", data, "--docs", docs],
        cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def wait_for_staging(project: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not list(project.glob(".docs.new-*")) and time.monotonic() < deadline:
        time.sleep(0.001)


@pytest.fixture(scope="module")
def two_states(tmp_path_factory):
    """A project with data A and data B (one actor gone, a role changed), and docs/ for each."""
    project = tmp_path_factory.mktemp("atomic")
    scaled_data(project / "a", 20, SHEET)
    scaled_data(project / "b", 20, SHEET)
    gone = "sam-reed-3"
    actors = load((project / "b" / "actors.yaml").read_text())
    actors = [dict(a, role="Changed role") if a["id"] == "anna-berg" else a for a in actors if a["id"] != gone]
    statements = project / "b" / "statements" / "batch-3.yaml"
    records = [s for s in load(statements.read_text())
               if gone != s["speaker"] and gone not in s.get("mentions", [])]
    (project / "b" / "actors.yaml").write_text(dump(actors))
    topics = project / "b" / "topics.yaml"  # a new title: nearly every page changes
    topics.write_text(topics.read_text().replace("title: Membership", "title: Membership in NATO"))
    statements.write_text(dump(records))
    (project / "content").symlink_to(SHEET / "content")
    states = {}
    for name in ("a", "b"):
        started = time.perf_counter()
        assert build(project, name, f"docs-{name}").wait() == 0
        states[name] = (snapshot(project / f"docs-{name}"), time.perf_counter() - started)
    assert states["a"][0] != states["b"][0]
    return project, states


KILLS = 16
"""Kills that must land while the build runs; a build that ends before its kill is tried again."""


def test_killing_a_build_at_any_moment_leaves_the_old_or_the_new_docs_whole(two_states):
    project, states = two_states
    (old, _), (new, duration) = states["a"], states["b"]
    seen, mid_write, landed, tries = set(), 0, 0, 0
    random.seed(7)
    while landed < KILLS:
        tries += 1
        assert tries <= 4 * KILLS, f"only {landed} of {tries} kills landed while a build ran"
        docs = project / "docs"
        subprocess.run(["rm", "-rf", str(docs)], check=True)
        subprocess.run(["cp", "-a", str(project / "docs-a"), str(docs)], check=True)
        process = build(project, "b")
        if tries % 2:  # at a random moment of the whole build
            time.sleep(random.uniform(0.2, 1.0) * duration)
        else:  # a few milliseconds into making the new tree: synchronised on the tree appearing
            wait_for_staging(project, 10 * duration)
            time.sleep(random.uniform(0, 0.01))
        process.send_signal(signal.SIGKILL)
        killed = process.wait() == -signal.SIGKILL  # else it had ended: a busy machine, another try
        landed += killed
        mid_write += killed and bool(list(project.glob(".docs.new-*")))  # killed while its new tree was being made
        found = snapshot(docs)
        assert found in (old, new), f"try {tries}: docs/ is neither the old nor the new tree"
        seen.add("old" if found == old else "new")
    assert mid_write > 0, "no kill landed while the new tree was being written"
    assert build(project, "b").wait() == 0
    assert snapshot(project / "docs") == new
    assert not list(project.glob(".docs.new-*")), "a killed build's new tree was not cleaned up"
    print(f"kill -9 outcomes: {sorted(seen)}; {landed} of {tries} kills landed")


def test_two_builds_at_once_do_not_interleave(two_states):
    project, states = two_states
    docs = project / "docs"
    for _ in range(3):
        subprocess.run(["rm", "-rf", str(docs)], check=True)
        first, second = build(project, "a"), build(project, "b")
        assert (first.wait(), second.wait()) == (0, 0)
        assert snapshot(docs) in (states["a"][0], states["b"][0])


def test_hand_written_files_survive_the_swap(two_states):
    project, _states = two_states
    docs = project / "docs"
    subprocess.run(["rm", "-rf", str(docs)], check=True)
    (docs / "stylesheets").mkdir(parents=True)
    (docs / "stylesheets" / "site.css").write_text("body {}")
    inode = (docs / "stylesheets" / "site.css").stat().st_ino
    assert build(project, "a").wait() == 0 and build(project, "b").wait() == 0
    assert (docs / "stylesheets" / "site.css").stat().st_ino == inode
    assert os.listdir(docs / "stylesheets") == ["site.css"]
