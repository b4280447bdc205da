"""How long the generator takes, against how long MkDocs needs for the same pages.

    make bench                      # or: .venv/bin/python benchmarks/bench.py --scales 1,10,40

For each scale k the shipped data is repeated k times (every actor and statement copied with
new ids; countries and topics stay), then timed, median of --runs:
  generate    `python -m generator build` into an empty docs/ (every page written)
  regenerate  the same again, nothing changed (what `mkdocs serve` pays on each save)
  mkdocs      `mkdocs build` of those pages, the hook off (the time MkDocs itself needs)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


class TextLoader(yaml.SafeLoader):
    """YAML 1.2 booleans only: `no` (Norway), `on`, `y` stay text, as the generator reads them."""


TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(text: str) -> list:
    return yaml.load(text, Loader=TextLoader)


class PlainDumper(yaml.SafeDumper):
    """Writes repeated values out: the data format refuses anchors and aliases."""

    def ignore_aliases(self, data) -> bool:
        return True


def dump(records: list) -> str:
    return yaml.dump(records, Dumper=PlainDumper, allow_unicode=True, sort_keys=False)


def scaled_data(target: Path, k: int, sheet: Path = ROOT) -> None:
    """A fact sheet's data (the shipped one unless told) with every actor and statement repeated
    k times under new ids."""
    shutil.copytree(sheet / "data", target, ignore=shutil.ignore_patterns("statements"))
    actors = load((sheet / "data" / "actors.yaml").read_text())
    statements = [s for path in sorted((sheet / "data" / "statements").glob("*.yaml")) for s in load(path.read_text())]
    actor_ids = {a["id"] for a in actors}

    def renamed(value, n):
        if isinstance(value, list):
            return [renamed(v, n) for v in value]
        return f"{value}-{n}" if n and value in actor_ids else value

    copies = [dict(a, id=renamed(a["id"], n)) for n in range(k) for a in actors]
    (target / "actors.yaml").write_text(dump(copies))
    (target / "statements").mkdir()
    for n in range(k):
        batch = [
            {**s, "id": f"{s['id']}-{n}", "date": str(s["date"]), "speaker": renamed(s["speaker"], n),
             **({"mentions": renamed(s["mentions"], n)} if "mentions" in s else {})}
            for s in statements
        ]
        (target / "statements" / f"batch-{n}.yaml").write_text(dump(batch))


def list_statements(data: Path) -> list:
    return [s for path in (data / "statements").glob("*.yaml") for s in load(path.read_text())]


def timed(command: list[str], cwd: Path, env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def measure(k: int, runs: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        scaled_data(project / "data", k)
        shutil.copytree(ROOT / "content", project / "content")
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
        (project / "generator").symlink_to(ROOT / "generator")
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "FACTSHEET_HOOK": "off"}
        generate = [sys.executable, "-m", "generator", "build"]
        cold, warm, mkdocs = [], [], []
        for _ in range(runs):
            shutil.rmtree(project / "docs", ignore_errors=True)
            shutil.copytree(ROOT / "docs" / "stylesheets", project / "docs" / "stylesheets")
            cold.append(timed(generate, project, env))
            warm.append(timed(generate, project, env))
            mkdocs.append(timed([sys.executable, "-m", "mkdocs", "build", "--site-dir", "site"], project, env))
        pages = sum(1 for _ in (project / "docs").rglob("*.md"))
    return dict(k=k, pages=pages, statements=len(list_statements(project / "data")),
                generate=statistics.median(cold), regenerate=statistics.median(warm), mkdocs=statistics.median(mkdocs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,10,40", help="comma-separated repeat factors (default 1,10,40)")
    parser.add_argument("--runs", type=int, default=3, help="runs per scale; the median is shown (default 3)")
    args = parser.parse_args()
    print("| scale | statements | pages | generate (s) | regenerate (s) | mkdocs build (s) | generate / mkdocs |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for k in (int(s) for s in args.scales.split(",")):
        r = measure(k, args.runs)
        print(f"| {r['k']} | {r['statements']} | {r['pages']} | {r['generate']:.2f} | {r['regenerate']:.2f} "
              f"| {r['mkdocs']:.2f} | {r['generate'] / r['mkdocs']:.0%} |", flush=True)


if __name__ == "__main__":
    main()
