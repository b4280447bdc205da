"""The fact sheet at scale: the generator's stages, `make site` end to end, search in Chromium,
and Hugo and Zensical on the same pages, one table.

    make bench                                   # N = 10, 100, 1000 actors, 3 runs each
    .venv/bin/python benchmarks/bench.py --actors 10,100 --runs 5

N actors with 10 statements each (benchmarks/synthetic.py: valid data in the data format).
Each cell is the median of the runs, with the minimum and maximum where they differ; times in
seconds, on whatever else the machine is doing, so compare rows of one run, and ratios:
  load, validate, render, write   the generator's stages, in one process (Python started), as a
                 build runs them (the cycle collector paused), rendering on one core
  mkdocs         `mkdocs build --strict` of the generated pages alone (the hook off): the floor
  site cold      `python -m generator site` (what `make site` runs) from an empty docs/ and site/
  no change      the same again, nothing changed
  one edit       the same after one statement's quote changed: the built site shows it
  serve edit     `mkdocs serve --dirty` (as `make serve`): from saving an edited quote to the
                 page serving it (live reload then shows it; tests/test_preview.py in Chromium)
  search         from opening a page in Chromium to the first result of a name typed at once
                 (where Playwright and /usr/bin/chromium are there)
  hugo           `hugo` 0.111 (Debian's package) on the same generated pages, with a JSON index
                 of every page's text (benchmarks/hugo/), where a `hugo` binary is on the PATH
  zensical       `zensical build` of the same pages (Material's successor), where installed
                 (`make bench` installs it into .tools/zensical)
  peak MB        the largest resident memory of `site cold` (the generator and MkDocs), and of
                 MkDocs alone
  largest page   the largest HTML page, KB; search: the whole index and its largest part
                 (gzip), KB: a search loads a few parts, never the whole
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import itertools
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import synthetic  # noqa: E402


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



STAGES = """
import json, resource, sys, time
from pathlib import Path
from generator.build.pipeline import collector_paused
from generator.data.load import load
from generator.data.validate import validate
from generator.site.plan import plan
from generator.site.render import render
from generator.build.write import write
with collector_paused():  # as a build runs them
    t = [time.perf_counter()]
    loaded = load(Path("data"), Path("content")); t.append(time.perf_counter())
    sheet = validate(loaded); t.append(time.perf_counter())
    pages = render(plan(sheet, loaded.prose)); t.append(time.perf_counter())
    write(pages, Path("docs-stages")); t.append(time.perf_counter())
print(json.dumps(dict(zip(["load", "validate", "render", "write"], [b - a for a, b in zip(t, t[1:])]),
                      pages=len(pages)) | {"peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def timed(command: list[str], cwd: Path, env: dict) -> tuple[float, float]:
    """Seconds, and the peak memory (MB) of the command's process."""
    started = time.perf_counter()
    result = subprocess.run([*TIME, *command], cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    peak = float(result.stderr.strip().splitlines()[-1]) / 1024
    return time.perf_counter() - started, peak


TIME = ["/usr/bin/time", "-f", "%M"]


def settled(root: Path, longest: float = 120) -> None:
    """Wait for what a build leaves to processes of their own (removing old trees, linking the
    spare for the next build: build/write.py) to end: an editor's next edit comes seconds later."""
    deadline = time.monotonic() + longest
    while any(root.glob(".*.old-*")) and time.monotonic() < deadline:
        time.sleep(0.05)


def project(root: Path, actors: int) -> Path:
    synthetic.write(root / "data", actors)
    shutil.copytree(ROOT / "tests" / "fixtures" / "sheet" / "content", root / "content",
                    ignore=shutil.ignore_patterns("countries", "actors", "topics"))
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "generator").symlink_to(ROOT / "generator")
    return root


def run_once(root: Path, env: dict) -> dict:
    _reset(root)
    stages = json.loads(subprocess.run([sys.executable, "-c", STAGES], cwd=root, env=env, check=True,
                                       capture_output=True, text=True).stdout)
    subprocess.run([sys.executable, "-m", "generator", "build"], cwd=root, env=env, check=True, capture_output=True)
    mkdocs, mkdocs_peak = timed([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"], root, env)
    hugo = hugo_build(root, env)
    zensical = timed([str(ZENSICAL), "build", "--clean"], root, env)[0] if ZENSICAL.exists() else float("nan")
    _reset(root)
    site = [sys.executable, "-m", "generator", "site"]
    cold, peak = timed(site, root, env)
    settled(root)
    no_change, _ = timed(site, root, env)
    batch = sorted((root / "data" / "statements").glob("*.yaml"))[0]
    text = batch.read_text()
    batch.write_text(text.replace("I think ", "I think that ", 1))
    settled(root)
    one_edit, _ = timed(site, root, env)
    if "I think that " not in (root / "site" / "downloads" / "statements.csv").read_text():
        raise SystemExit("the edit did not reach the built site")
    batch.write_text(text)
    html = [p.stat().st_size for p in (root / "site").rglob("*.html")]
    parts = [p.read_bytes() for p in (root / "site" / "search").rglob("*.json")]
    return {**stages, "mkdocs": mkdocs, "site cold": cold, "no change": no_change, "one edit": one_edit,
            "serve edit": serve_edit(root, env, batch), "search": first_result(root / "site"), "hugo": hugo,
            "zensical": zensical, "peak": peak, "peak mkdocs": mkdocs_peak, "largest page": max(html) / 1024,
            "index": sum(map(len, parts)) / 1024, "index part gz": max(len(gzip.compress(b)) for b in parts) / 1024}


def _reset(root: Path) -> None:
    for name in ("docs", "docs-stages", "site", "hugo-content", "hugo-site"):
        shutil.rmtree(root / name, ignore_errors=True)
    for folder in ("stylesheets", "javascripts"):
        shutil.copytree(ROOT / "docs" / folder, root / "docs" / folder)


def hugo_build(root: Path, env: dict) -> float:
    """Seconds for Hugo to build the generated pages (docs/) as they are, where `hugo` is there.
    Its content tree is docs/ hard-linked, each folder's index.md named _index.md (Hugo's list
    pages); that is not timed."""
    hugo = shutil.which("hugo")
    if hugo is None:
        return float("nan")
    content = root / "hugo-content"
    for page in (root / "docs").rglob("*.md"):
        target = content / page.relative_to(root / "docs")
        target = target.with_name("_index.md") if page.name == "index.md" else target
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(page, target)
    return timed([hugo, "--source", str(ROOT / "benchmarks" / "hugo"), "--contentDir", str(content),
                  "--destination", str(root / "hugo-site"), "--quiet"], root, env)[0]


def first_result(site: Path) -> float:
    """Seconds from opening a person's page in Chromium to the first result of their name, typed
    at once; NaN where Playwright or Debian's Chromium is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return float("nan")
    if not Path(CHROMIUM).exists():
        return float("nan")
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            started = time.perf_counter()
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/countries/")
            page.keyboard.press("/")
            page.keyboard.type("Person Number 7")
            page.locator(".md-search-result__item a").first.wait_for(timeout=30_000)
            seconds = time.perf_counter() - started
            browser.close()
            return seconds
    finally:
        server.shutdown()


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


ZENSICAL = ROOT / ".tools" / "zensical" / "bin" / "zensical"


def serve_edit(root: Path, env: dict, batch: Path) -> float:
    """Seconds from saving an edited quote to `mkdocs serve --dirty` serving the page with it."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**env, "FACTSHEET_HOOK": ""}
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
                              cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        text = batch.read_text()
        edited = text.index("I think ")
        speaker = text[text.rindex("speaker: ", 0, edited) + len("speaker: "):].split("\n", 1)[0]
        page = f"http://127.0.0.1:{port}/actors/{speaker}/"
        _until(lambda: "I think " in _fetch(page), 600)
        started = time.perf_counter()
        batch.write_text(text.replace("I think ", "I think, edited, ", 1))
        _until(lambda: "I think, edited, " in _fetch(page), 120)
        return time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
        batch.write_text(text)


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode()
    except OSError:
        return ""


def _until(done, seconds: float) -> None:
    deadline = time.perf_counter() + seconds
    while not done():
        if time.perf_counter() > deadline:
            raise SystemExit("mkdocs serve did not show the page in time")
        time.sleep(0.05)


def measure(actors: int, runs: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        root = project(Path(tmp), actors)
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "FACTSHEET_HOOK": "off"}
        results = [run_once(root, env) for _ in range(runs)]
        statements = sum(1 for p in (root / "data" / "statements").glob("*.yaml") for line in p.read_text().splitlines()
                         if line.startswith("- id:"))
    return {"actors": actors, "statements": statements, "runs": results}


COLUMNS = ["load", "validate", "render", "write", "mkdocs", "site cold", "no change", "one edit", "serve edit",
           "search", "hugo", "zensical"]


def cell(values: list[float], digits: int = 2) -> str:
    if any(v != v for v in values):
        return "–"  # not measured (hugo, zensical or chromium not installed)
    middle = statistics.median(values)
    low, high = min(values), max(values)
    spread = f" ({low:.{digits}f}–{high:.{digits}f})" if len(values) > 1 and high - low >= 10 ** -digits else ""
    return f"{middle:.{digits}f}{spread}"


def row(result: dict) -> str:
    runs = result["runs"]
    values = [cell([r[c] for r in runs]) for c in COLUMNS]
    memory = f"{cell([r['peak'] for r in runs], 0)} / {cell([r['peak mkdocs'] for r in runs], 0)}"
    sizes = [cell([r[k] for r in runs], 0) for k in ("largest page", "index", "index part gz")]
    return (
        f"| {result['actors']} | {result['statements']} | {runs[0]['pages']} | "
        + " | ".join([*values, memory, *sizes])
        + " |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--actors", default="10,100,1000", help="comma-separated N (default 10,100,1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per N; the median is shown (default 3)")
    args = parser.parse_args()
    head = ["N actors", "statements", "pages", *COLUMNS, "peak MB site / mkdocs", "largest page KB", "search KB",
            "largest search part gzip KB"]
    print("| " + " | ".join(head) + " |")
    print("|" + " ---: |" * len(head))
    results = []
    for actors in (int(n) for n in args.actors.split(",")):
        results.append(measure(actors, args.runs))
        print(row(results[-1]), flush=True)
    for smaller, larger in itertools.pairwise(results):
        ratio = _median(larger, "site cold") / _median(smaller, "site cold")
        print(f"\nsite cold(N={larger['actors']}) / site cold(N={smaller['actors']}) = {ratio:.1f}", end="")
    print()
    for result in results:
        print(ratios(result))


def _median(result: dict, key: str) -> float:
    return statistics.median(r[key] for r in result["runs"])


def ratios(result: dict) -> str:
    """`make site` against Hugo on the same pages, and against MkDocs alone, in the same runs."""
    cold, hugo, mkdocs = (_median(result, k) for k in ("site cold", "hugo", "mkdocs"))
    against_hugo = f"{cold / hugo:.1f}× Hugo's" if hugo == hugo else "Hugo not measured"
    return (f"N={result['actors']}: make site cold takes {against_hugo} time and {cold / mkdocs:.1f}× MkDocs' "
            f"own build; after one edit {_median(result, 'one edit'):.2f} s, with nothing changed "
            f"{_median(result, 'no change'):.2f} s")


if __name__ == "__main__":
    main()
