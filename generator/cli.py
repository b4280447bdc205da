"""`python -m generator check|build`: the only place that prints problems and sets the exit code."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from generator import schemafiles
from generator.build import Paths, build, check
from generator.errors import DataError
from generator.validate import validate
from generator.write import WriteError, write


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check_cmd = commands.add_parser("check", help="validate the data and print every problem")
    build_cmd = commands.add_parser("build", help="check, then write the pages into docs/")
    for command in (check_cmd, build_cmd):
        command.add_argument("--data", type=Path, default=Paths.data, help="YAML data (default: data)")
        command.add_argument("--content", type=Path, default=Paths.content, help="prose (default: content)")
        command.add_argument("--format", choices=("text", "github"), default="text",
                             help="problems as text, or as GitHub Actions annotations")
    build_cmd.add_argument("--docs", type=Path, default=Paths.docs, help="output (default: docs)")
    schema_cmd = commands.add_parser("schema", help="write the JSON Schema files for editors into schema/")
    schema_cmd.add_argument("--data", type=Path, default=Paths.data, help="YAML data (default: data)")
    schema_cmd.add_argument("--out", type=Path, default=Path("schema"), help="output (default: schema)")
    schema_cmd.add_argument("--format", choices=("text", "github"), default="text", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    paths = Paths(args.data, getattr(args, "content", Paths.content), getattr(args, "docs", Paths.docs))
    started = time.perf_counter()
    try:
        if args.command == "check":
            sheet = check(paths)
            print(f"{len(sheet.statements)} statements, {len(sheet.actors)} actors, "
                  f"{len(sheet.countries)} countries, {len(sheet.topics)} topics: no problems.")
        elif args.command == "schema":
            report = write(schemafiles.render(validate(args.data).topics), args.out)
            print(f"{args.out}: {report}")
        else:
            report = build(paths)
            print(f"{paths.docs}: {report} in {(time.perf_counter() - started) * 1000:.0f} ms")
    except DataError as error:
        outcome = f"{paths.docs} was left as it was" if args.command == "build" else ""
        _print_problems(error, args.format, outcome)
        return 1
    except WriteError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


def _print_problems(error: DataError, fmt: str, outcome: str) -> None:
    if fmt == "github":
        for problem in error.problems:
            print(problem.github())
    print(error.report(outcome), file=sys.stderr)
