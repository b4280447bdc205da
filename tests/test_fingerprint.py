"""fingerprint.py: a page's fingerprint changes when the page would, and only then; it is the
same in every process."""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT, SHEET

from generator.build import fingerprint
from generator.build.pipeline import Paths, check
from generator.site.plan import plan
from generator.site.render import render

PRINTS = """
import json
from pathlib import Path
from generator.build import fingerprint
from generator.build.pipeline import Paths, check
from generator.site.plan import plan
sheet, loaded = check(Paths(Path("{sheet}/data"), Path("{sheet}/content")))
print(json.dumps(fingerprint.pages(plan(sheet, loaded.prose), "shared")))
"""


def test_fingerprints_are_the_same_in_every_process():
    """Python orders sets of text differently in each process (PYTHONHASHSEED)."""
    runs = [subprocess.run([sys.executable, "-c", PRINTS.format(sheet=SHEET)], cwd=ROOT, capture_output=True,
                           text=True, check=True, env={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")]
    assert runs[0] == runs[1] == runs[2]
    assert len(json.loads(runs[0])) > 10


def pages_of(folder) -> tuple[dict[str, str], dict[str, str]]:
    """Each page's fingerprint and Markdown, for the fact sheet in `folder`."""
    sheet, loaded = check(Paths(folder / "data", folder / "content"))
    planned = plan(sheet, loaded.prose)
    return fingerprint.pages(planned, "shared"), render(planned)


EDITS = {
    "a quote": ("quote: Membership is not realistic.", "quote: Membership is not realistic now."),
    "a date": ("date: 2025-02-12", "date: 2025-02-11"),
    "a speaker's role": ("role: ", "role: Former "),
    "a topic's question": ("question: Should Ukraine get", "question: Really, should Ukraine get"),
}


@pytest.mark.parametrize("change", EDITS)
def test_an_edit_changes_the_fingerprints_of_the_pages_it_changes_and_not_of_every_page(tmp_path, change):
    """A page's fingerprint covers whole records: a page that lists a statement without its
    words is rendered again after an edit to its words, and found unchanged when written."""
    shutil.copytree(SHEET, tmp_path / "sheet")
    prints, pages = pages_of(tmp_path / "sheet")
    old, new = EDITS[change]
    for path in sorted((tmp_path / "sheet" / "data").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if old in text:
            path.write_text(text.replace(old, new, 1), encoding="utf-8")
            break
    else:
        raise AssertionError(f"no data file holds {old!r}")
    prints_after, pages_after = pages_of(tmp_path / "sheet")
    changed = {p for p in pages if pages[p] != pages_after[p]}
    rendered_again = {p for p in prints if prints[p] != prints_after[p]}
    assert changed and changed <= rendered_again < prints.keys()


def test_shared_values_are_in_every_fingerprint():
    sheet, loaded = check(Paths(SHEET / "data", SHEET / "content"))
    planned = plan(sheet, loaded.prose)
    one, other = fingerprint.pages(planned, "code 1"), fingerprint.pages(planned, "code 2")
    assert all(one[p] != other[p] for p in one)


def _records(sheet) -> list:
    return [*sheet.statements, *sheet.actors, *sheet.countries, *sheet.sources, *sheet.topics]


def test_each_record_keeps_its_own_fingerprint_and_the_cache_keeps_it():
    sheet, _ = check(Paths(SHEET / "data", SHEET / "content"))
    assert not any(fingerprint.DIGEST in vars(r) for r in _records(sheet))
    fingerprint.records(sheet)
    digests = [vars(r)[fingerprint.DIGEST] for r in _records(sheet)]
    assert len(set(digests)) == len(digests)
    kept = pickle.loads(pickle.dumps(sheet))  # as the cache keeps it for the next build
    assert [vars(r)[fingerprint.DIGEST] for r in _records(kept)] == digests
    for record in _records(kept):
        del vars(record)[fingerprint.DIGEST]
    fingerprint.records(kept)
    assert [vars(r)[fingerprint.DIGEST] for r in _records(kept)] == digests
