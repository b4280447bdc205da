"""An editor's valid edits never turn CI red: the edits a newsroom makes on a deadline, applied
to a copy of the whole project, then the test suite and the site's build run on that copy.

The edits are an editor's, as the README's guide describes them: a new country, a new person of
it, a new source, a statement in a new file written by hand (no schema line, no skeleton), a
corrected role, and another outlet's printing of the new statement's words with its stored text.
The names, words and addresses are invented for the test; they are never published."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT, clone_working_tree

NEW_STATEMENTS = """\
- id: example-minister-membership-open
  date: 2025-03-24
  speaker: example-minister
  topic: nato-membership
  stance: supports
  voice: own
  quote: Ukraine's place is in the Alliance
  occasion: Press conference
  source: example-daily-2025-03-25
  conditions: [in the Alliance]
  printings:
    - source: example-wire
      quote: The place of Ukraine is in the Alliance
"""


def _copy(target: Path) -> Path:
    """The project as committed with the working tree, sharing this one's installed tools."""
    clone_working_tree(target)
    for installed in (".venv", ".tools"):
        (target / installed).symlink_to(ROOT / installed)
    return target


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + text, encoding="utf-8")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _edit(project: Path) -> None:
    data = project / "data"
    _append(data / "countries.yaml", "- id: pl\n  name: Poland\n")
    _append(data / "actors.yaml", "- id: example-minister\n  name: Example Minister\n  kind: person\n  country: pl\n"
                                  "  role: Foreign Minister of Poland\n")
    _append(data / "sources.yaml", "- id: example-daily-2025-03-25\n  kind: article\n  date: 2025-03-25\n"
                                   "  publisher: Example Daily\n  url: https://example.org/daily/2025-03-25\n"
                                   "  accessed: 2025-03-26\n")
    (data / "statements" / "2025-03.yaml").write_text(NEW_STATEMENTS, encoding="utf-8")
    _replace(data / "actors.yaml", "en: US President", "en: President of the United States")
    _append(data / "sources.yaml", "- id: example-wire\n  kind: article\n  publisher: Example Wire\n")
    (data / "texts" / "example-wire.txt").write_text('The minister: "The place of Ukraine is in the Alliance."\n',
                                                    encoding="utf-8")


def test_an_editors_valid_edits_leave_the_suite_and_the_build_green(tmp_path):
    project = _copy(tmp_path / "project")
    _edit(project)
    check = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=project, capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    # The whole suite but its browser and Nu checker tests (they build the fixture, which no edit
    # touches), this test and the workflow's (each copies the project again).
    suite = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m",
                            "not browser and not tools",
                            "--ignore=tests/test_editing.py", "--ignore=tests/test_workflow.py"],
                           cwd=project, capture_output=True, text=True)
    assert suite.returncode == 0, suite.stdout[-5000:]
    build = subprocess.run([sys.executable, "-m", "generator", "site"], cwd=project, capture_output=True, text=True)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    page = (project / "site" / "actors" / "example-minister" / "index.html").read_text(encoding="utf-8")
    assert "Ukraine&#39;s place is in the Alliance" in page or "Ukraine's place is in the Alliance" in page
