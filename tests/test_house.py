"""The house rules, checked: the stages import one way, without cycles; ruff and mypy are clean.

generator/ reads as its pipeline: data/ (reading and checking) → site/ (what readers get) →
build/ (fast and safe) → the entry points at the top (cli, hooks, newrecord, changes). Each
folder imports only from the ones before it, function-level imports included.
"""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest
from conftest import ROOT

PACKAGE = ROOT / "generator"
STAGES = ("data", "site", "build")
"""In pipeline order; a module at generator/'s top level comes after all of them."""
MOST_AT_THE_TOP = 10


def module_name(path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path) -> set[str]:
    """Every module of the generator that `path` imports, wherever the import stands."""
    found = set()
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            found |= {f"{base}.{alias.name}" for alias in node.names} | {base}
    return {name for name in found if name.split(".")[0] == "generator"}


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts}
GRAPH = {name: {m for m in imports_of(path) if m in MODULES and m != name} for name, path in MODULES.items()}


def stage(module: str) -> int:
    """The module's place in the pipeline: its folder's, or after all of them at the top."""
    parts = module.split(".")
    return STAGES.index(parts[1]) if len(parts) > 1 and parts[1] in STAGES else len(STAGES)


def test_the_graph_is_read_from_the_code():
    expected = {"generator.data.model", "generator.site.plan", "generator.build.pipeline", "generator.cli"}
    assert expected <= MODULES.keys()
    assert "generator.data.model" in GRAPH["generator.site.plan"]


def test_no_stage_imports_a_later_one():
    backwards = sorted(f"{m} imports {i}" for m, found in GRAPH.items() for i in found
                       if stage(i) > stage(m))
    assert backwards == []


def test_no_module_imports_itself_through_others():
    cycles, state = [], {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for target in sorted(GRAPH[node]):
            if state.get(target) == "open":
                cycles.append(" → ".join([*path[path.index(target):], target]))
            elif target not in state:
                visit(target, [*path, target])
        state[node] = "done"

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_the_top_level_holds_only_the_entry_points():
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= MOST_AT_THE_TOP, top
    assert sorted(p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__") == sorted(STAGES)


@pytest.mark.parametrize("command", [["ruff", "check", "."], ["mypy"]], ids=["ruff", "mypy"])
def test_the_linter_and_the_type_checker_are_clean(command):
    result = subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_linter_reads_every_module_of_the_generator():
    """Its exclusions (the built site/, the generated docs/) name the top-level folders only: a bare
    `site` would leave out generator/site/ as well."""
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--show-files", "."], cwd=ROOT,
                            capture_output=True, text=True, check=True)
    read = {(ROOT / line.strip()).resolve() for line in result.stdout.splitlines() if line.strip().endswith(".py")}
    assert {p.resolve() for p in PACKAGE.rglob("*.py")} <= read
