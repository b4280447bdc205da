"""The README stays true: the two commands, and every generator command, are documented."""

from conftest import ROOT

from generator.cli import parser

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_quick_start_is_clone_make_site_make_test():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [line.strip() for line in quick.splitlines() if line.startswith(("git ", "cd ", "make "))]
    assert [c.split()[0:2] for c in commands] == [
        ["git", "clone"],
        ["cd", commands[1].split()[1]],
        ["make", "site"],
        ["make", "test"],
    ]


def test_every_generator_command_is_documented():
    commands = parser()._subparsers._group_actions[0].choices
    for name in commands:
        assert f"python -m generator {name}" in README, name


def test_ci_runs_the_readmes_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_every_make_target_in_the_readme_exists():
    makefile = (ROOT / "Makefile").read_text()
    for target in {w.split()[1] for w in README.split("`") if w.startswith("make ") and len(w.split()) == 2}:
        assert f"\n{target}:" in makefile, target


def test_every_module_of_the_generator_is_in_the_readmes_map():
    organised = README.split("## How the code is organised", 1)[1].split("\n## ", 1)[0]
    for module in sorted((ROOT / "generator").glob("*.py")):
        if not module.name.startswith("__"):
            assert module.name in organised, module.name
