"""Random realistic edits of the fixture's data (tests/fuzz.py, seeded): `check` never crashes,
never dies of a signal, never hangs, and every refusal is a located message."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from conftest import ROOT

LOCATED = re.compile(r"^(data|content)/[^:]+(:\d+:\d+)?: \S")
"""A problem's line: the file, with line and column where the problem has a place, then words."""
COUNT = re.compile(r"^\d+ problems? found\.$")


def fuzz(seed: int, count: int, seconds: float) -> list[dict]:
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "fuzz.py"), str(seed), str(count)],
                            capture_output=True, text=True, timeout=seconds, check=False,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    cases = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 0, f"case {len(cases)} ended the process ({result.returncode}): {result.stderr[-2000:]}"
    assert len(cases) == count
    return cases


def check_answers(cases: list[dict]) -> None:
    for case in cases:
        assert case["exit"] in (0, 1), case
        lines = case["err"].splitlines()
        if case["exit"] == 1:
            assert lines and COUNT.match(lines[-1]), case
            unlocated = [line for line in lines[:-1] if not LOCATED.match(line)]
            assert unlocated == [], case
        assert "Traceback" not in case["err"], case


def test_random_edits_get_located_answers_and_never_a_crash():
    cases = fuzz(seed=20, count=60, seconds=300)
    check_answers(cases)
    assert sum(case["exit"] == 1 for case in cases) > 20, "the edits should find problems"


@pytest.mark.fuzz
def test_many_random_edits_get_located_answers_and_never_a_crash():
    """The longer run (`pytest -m fuzz`): 2,000 cases."""
    check_answers(fuzz(seed=2026, count=2000, seconds=3600))
