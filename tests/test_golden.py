"""The generated Markdown of the fixture fact sheet, diffed whole against tests/golden/.

After an intended change: `make golden` (pytest --update-golden) and review the diff.
"""

import difflib

from conftest import ROOT, SHEET

from generator.build.pipeline import Paths, build

GOLDEN = ROOT / "tests" / "golden"


def tree(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*.md"))
    }


def test_generated_pages_match_the_golden_files(tmp_path, request):
    build(Paths(SHEET / "data", SHEET / "content", tmp_path / "docs"))
    generated = tree(tmp_path / "docs")
    if request.config.getoption("--update-golden"):
        for old in GOLDEN.rglob("*.md"):
            old.unlink()
        for path, text in generated.items():
            (GOLDEN / path).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / path).write_text(text, encoding="utf-8")
    golden = tree(GOLDEN)
    assert sorted(generated) == sorted(golden), "pages added or removed"
    diffs = [
        "".join(
            difflib.unified_diff(
                golden[p].splitlines(True), generated[p].splitlines(True), f"golden/{p}", f"generated/{p}"
            )
        )
        for p in golden
        if golden[p] != generated[p]
    ]
    assert not diffs, "\n".join(diffs)
