"""Nothing lost: a build killed at any moment, or two builds at once, leave docs/ whole."""

import os
import random
import resource
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


def cpu_seconds(pid: int) -> float:
    """The processor time a process has used so far (its progress, whatever else the machine
    does); 0 once it has ended."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return 0.0 if fields[0] == "Z" else (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def kill_when(process: subprocess.Popen, reached) -> bool:
    """SIGKILL the process as soon as `reached()` holds: it is stopped first, then killed only if
    it had not ended by then. True if the kill landed while it ran."""
    while not reached():
        if process.poll() is not None:
            return False
        time.sleep(0.001)
    os.kill(process.pid, signal.SIGSTOP)
    if process.poll() is not None:
        return False
    os.kill(process.pid, signal.SIGKILL)
    return process.wait() == -signal.SIGKILL


def staging(project: Path) -> list[Path]:
    """The new tree a build is making beside docs/, if any."""
    return list(project.glob(".docs.new-*"))


def files_being_written(project: Path) -> int:
    """How many files the new tree beside docs/ holds so far (0 when there is none)."""
    try:
        return max((len(list(s.rglob("*"))) for s in staging(project)), default=0)
    except OSError:  # the tree was swapped in or removed while it was counted
        return 0


def build_cpu_seconds(project: Path, data: str, docs: str) -> float:
    """The processor time a whole build takes (a finished child's, as the system counts it)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert build(project, data, docs).wait() == 0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


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
        cpu = build_cpu_seconds(project, name, f"docs-{name}")
        states[name] = (snapshot(project / f"docs-{name}"), cpu)
    assert states["a"][0] != states["b"][0]
    return project, states


KILLS = 16
"""Kills that must land while the build runs."""


def test_killing_a_build_at_any_moment_leaves_the_old_or_the_new_docs_whole(two_states):
    """Each kill waits for the build's progress, never for a time: half at a share of the
    processor time a whole build takes (reading, checking, rendering), half once the new tree
    holds a number of its files (writing). A busy machine slows the build and the wait alike."""
    project, states = two_states
    (old, _), (new, cpu) = states["a"], states["b"]
    files = len(new)
    seen, mid_write, landed, tries = set(), 0, 0, 0
    random.seed(7)
    while landed < KILLS:
        tries += 1
        assert tries <= 2 * KILLS, f"only {landed} of {tries} kills landed while a build ran"
        docs = project / "docs"
        subprocess.run(["rm", "-rf", str(docs)], check=True)
        subprocess.run(["cp", "-a", str(project / "docs-a"), str(docs)], check=True)
        process = build(project, "b")
        if tries % 2:
            share = random.uniform(0.05, 0.8) * cpu
            killed = kill_when(process, lambda pid=process.pid, share=share: cpu_seconds(pid) >= share)
        else:
            count = random.randrange(files)
            killed = kill_when(process, lambda count=count: files_being_written(project) >= count)
        landed += killed
        mid_write += killed and bool(staging(project))  # killed while its new tree was being made
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
