"""A seeded mutator of the fixture's data, as an editor's mistakes come: `python tests/fuzz.py
SEED COUNT` checks COUNT mutated copies, each in a fresh folder, and prints one JSON line per
case: its number, what was done, the exit status and what `check` printed. A case that ends the
process (a signal) or never ends is seen by the caller (tests/test_fuzz.py) from outside."""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHEET = ROOT / "tests" / "fixtures" / "sheet"
PASTED = ["\x07", "\x0b", "\x0c", "\x00", "\x1b[2J", "\x7f", "\ufffe", "\u200b", "\u202e", "\ufeff", "\t", "\r",
          "“", "’", "—", "Ω", "😀", ":", "#", "- ", "'", '"', "[", "]", "{", "}", "&a ", "*a", "!!str ", "%", "|",
          "\\u", "\\e", "\\uFFFE", "\n", "  ", "2999-01-01", "../", "=SUM(1)", "<script>", "{{ 7*7 }}"]


def _paste(rng: random.Random, line: str) -> str:
    col = rng.randrange(len(line) + 1)
    return line[:col] + rng.choice(PASTED) + line[col:]


def _value(line: str, value: str) -> str:
    return line.split(":")[0] + ":" + value if ":" in line else line


LINE_EDITS = {
    "paste": _paste,
    "indent": lambda rng, line: " " * rng.choice([1, 2, 4]) + line,
    "dedent": lambda rng, line: line.lstrip(),
    "empty value": lambda rng, line: _value(line, ""),
    "replace value": lambda rng, line: _value(line, " " + rng.choice(PASTED) * rng.randint(1, 3)),
    "deep brackets": lambda rng, line: line + " " + "[" * rng.choice([10, 100, 20_000]),
}
"""Edits of one line."""


def mutate(rng: random.Random, text: str) -> tuple[str, str]:
    """One realistic edit of a YAML file's text, and its name."""
    lines = text.split("\n")
    at, other = rng.randrange(len(lines)), rng.randrange(len(lines))
    kind = rng.choice([*LINE_EDITS, "delete line", "duplicate line", "swap lines", "truncate"])
    if kind == "truncate":
        return text[: rng.randrange(len(text) + 1)], kind
    if kind in LINE_EDITS:
        lines[at] = LINE_EDITS[kind](rng, lines[at])
    elif kind == "delete line":
        del lines[at]
    elif kind == "duplicate line":
        lines.insert(at, lines[at])
    else:
        lines[at], lines[other] = lines[other], lines[at]
    return "\n".join(lines), kind


def run_case(rng: random.Random, number: int, work: Path) -> dict:
    folder = work / f"case-{number}"
    shutil.copytree(SHEET / "data", folder / "data")
    shutil.copytree(SHEET / "content", folder / "content")
    files = sorted((folder / "data").rglob("*.yaml"))
    done = []
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(files)
        text, kind = mutate(rng, path.read_bytes().decode("utf-8", "surrogateescape"))
        encoding = rng.choice(["utf-8"] * 9 + ["utf-16"])
        path.write_bytes(text.encode(encoding, "surrogateescape" if encoding == "utf-8" else "surrogatepass"))
        done.append(f"{kind} in {path.name} ({encoding})")
    from generator.cli import main

    os.chdir(folder)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check"])
    os.chdir(work)
    shutil.rmtree(folder)
    return {"case": number, "done": done, "exit": code, "out": out.getvalue(), "err": err.getvalue()}


def main() -> None:
    seed, count = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    sys.setrecursionlimit(10_000)
    with tempfile.TemporaryDirectory() as work:
        for number in range(count):
            print(json.dumps(run_case(rng, number, Path(work)), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
