"""`python -m generator COMMAND`: the only place that prints problems and sets the exit code."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

from generator import changes, newrecord
from generator.build.pipeline import Options, Paths, build, build_site, check, read_sheet
from generator.build.write import WriteError, write_changed
from generator.data import dates, quotes, schemafiles, translations
from generator.data.errors import DataError, Location, Problem
from generator.data.languages import LANGUAGES, NAMES
from generator.site import repository

WORKERS = min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
"""Processes that render pages on a full build (one per core, at most four)."""


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check_cmd = commands.add_parser("check", help="validate the data and print every problem")
    build_cmd = commands.add_parser("build", help="check, then write the pages into docs/")
    site_cmd = commands.add_parser("site", help="check, write docs/ and build site/ with MkDocs, swapping both "
                                                "in only when everything succeeded")
    schema_cmd = commands.add_parser("schema", help="write the JSON Schema files for editors into schema/")
    new_cmd = commands.add_parser("new", help="append a skeleton record to the right data file")
    verify_cmd = commands.add_parser("verify-quotes", help="check the quotes citing a source against its text")
    changes_cmd = commands.add_parser("changes", help="the statements added, changed and removed since a git "
                                                      "revision, as Markdown (a pull request's summary)")
    changes_cmd.add_argument("--base", required=True, metavar="REVISION", help="e.g. origin/main")
    for command in (check_cmd, build_cmd, site_cmd, schema_cmd, new_cmd, verify_cmd, changes_cmd):
        command.add_argument("--data", type=Path, default=Paths.data, help="YAML data (default: data)")
        command.add_argument("--format", choices=("text", "github"), default="text",
                             help="problems as text, or as GitHub Actions annotations")
    for command in (check_cmd, build_cmd, site_cmd):
        command.add_argument("--content", type=Path, default=Paths.content, help="prose (default: content)")
    for command in (build_cmd, site_cmd):
        command.add_argument("--docs", type=Path, default=Paths.docs, help="the pages (default: docs)")
        command.add_argument("--schema", type=Path, help="where the editors' JSON Schema files are kept current "
                                                          "(default: schema/ beside the data folder)")
    site_cmd.add_argument("--site", type=Path, default=Path("site"), help="the built site (default: site)")
    site_cmd.add_argument(
        "--config", type=Path, default=Paths.config, help="MkDocs' configuration (default: mkdocs.yml)"
    )
    schema_cmd.add_argument("--out", type=Path, help="output (default: schema/ beside the data folder)")
    new_cmd.add_argument("record_type", metavar="RECORD_TYPE", choices=newrecord.RECORD_TYPES_NEW,
                         help=", ".join(newrecord.RECORD_TYPES_NEW))
    new_cmd.add_argument("--file", type=Path, help="the file to append to (default: the record type's file; "
                                                   "for statements data/statements/YYYY-MM.yaml, the month of --date)")
    new_cmd.add_argument("--date", help="for a statement: when it was said (2025, 2025-03, 2025-02-12 or "
                                        "../2025-03-22); asked for at a terminal, else today")
    verify_cmd.add_argument("source_id", metavar="SOURCE_ID")
    verify_cmd.add_argument("text_file", metavar="TEXTFILE", type=Path, help="the source as plain text (UTF-8)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    for option in ("schema", "out"):  # the editors' schemas are kept beside the data they describe
        if option in args and getattr(args, option) is None:
            setattr(args, option, args.data.parent / "schema")
    command = {
        "check": _check,
        "build": _build,
        "site": _site,
        "schema": _schema,
        "new": _new,
        "verify-quotes": _verify,
        "changes": _changes,
    }
    try:
        return command[args.command](args)
    except DataError as error:
        outcome = _outcome(args)
        _print_problems(error.problems, args.format, error.summary(outcome))
    except repository.SettingError as error:
        print(f"error: {error}", file=sys.stderr)
    except WriteError as error:
        outcome = _outcome(args)
        print(f"error: {error}{'; ' + outcome if outcome else ''}", file=sys.stderr)
    return 1


def _outcome(args: argparse.Namespace) -> str:
    """What a failed command left alone."""
    if args.command == "build":
        return f"{args.docs} was left as it was"
    if args.command == "site":
        return f"{args.docs} and {args.site} were left as they were"
    if args.command == "schema":
        return f"{args.out} was left as it was"
    return ""


def _check(args: argparse.Namespace) -> int:
    sheet, _ = check(Paths(args.data, args.content))
    print(f"{len(sheet.statements)} statements, {len(sheet.actors)} actors, "
          f"{len(sheet.countries)} countries, {len(sheet.topics)} topics: no problems.")
    for source, statements, statuses in quotes.unchecked(sheet):
        rest = " and ".join(filter(None, (_count(statements, "statement"), _count(statuses, "NATO status"))))
        print(f"notice: {source.id} has no stored text ({args.data / 'texts' / source.id}.txt): {rest} "
              "not checked against it")
    for language in LANGUAGES[1:]:  # besides English
        found = translations.counts(sheet, language)
        given, written = sum(c.given for c in found), sum(c.written for c in found)
        fields = ", ".join(f"{c.field} {c.given}/{c.written}" for c in found if c.given < c.written)
        print(f"notice: {NAMES[language]} ({language}) is given for {given} of the {written} texts in the fact sheet's "
              f"own words{': missing in ' + fields if fields else ''}")
    return 0


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'es' if what.endswith('s') and n != 1 else 's' if n != 1 else ''}" if n else ""


def _build(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    options = Options(WORKERS, repository.from_environment(Path.cwd()))
    report = build(Paths(args.data, args.content, args.docs, schema=args.schema), options)
    print(f"{args.docs}: {report} in {(time.perf_counter() - started) * 1000:.0f} ms")
    return 0


def _site(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    options = Options(WORKERS, repository.from_environment(args.config.resolve().parent))
    report = build_site(Paths(args.data, args.content, args.docs, args.config, args.schema), args.site, options)
    site = f"built in {(time.perf_counter() - started):.1f} s" if report.site_built else "up to date"
    print(f"{args.docs}: {report}; {args.site}: {site}")
    return 0


def _schema(args: argparse.Namespace) -> int:
    files = schemafiles.schema_files(read_sheet(args.data))
    changed = write_changed(files, args.out)
    print(f"{args.out}: {len(changed)} written, {len(files) - len(changed)} unchanged")
    return 0


def _new(args: argparse.Namespace) -> int:
    date: dates.Date | None = None
    if args.record_type == "statement":
        answer = args.date if args.date is not None else _ask_date()
        parsed = dates.parse(answer) if answer else None
        if isinstance(parsed, str):
            print(f"error: --date: {parsed}", file=sys.stderr)
            return 1
        date = parsed
    path, line, record_id = newrecord.add(args.record_type, args.data, dt.date.today(), args.file, date)
    print(f"{path}:{line}: new {args.record_type} `{record_id or '(id to fill in)'}`; fill in its empty fields, "
          "then run `python -m generator check`")
    return 0


def _changes(args: argparse.Namespace) -> int:
    print(changes.summary(args.base, args.data, read_sheet(args.data)), end="")
    return 0


def _ask_date() -> str:
    """The statement's date, asked for where someone is at the terminal; empty for today."""
    if not sys.stdin.isatty():
        return ""
    try:
        return input("When was it said? (2025, 2025-03, 2025-02-12 or ../2025-03-22; Enter for today) ").strip()
    except EOFError:
        return ""


def _verify(args: argparse.Namespace) -> int:
    sheet = read_sheet(args.data)
    if args.source_id not in {s.id for s in sheet.sources}:
        print(f"error: no source has the id `{args.source_id}`", file=sys.stderr)
        return 1
    citing = [s for s in sheet.statements if s.source.id == args.source_id]
    try:
        text = args.text_file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        print(f"error: cannot read {args.text_file}: {getattr(error, 'strerror', None) or error}", file=sys.stderr)
        return 1
    mismatches = quotes.verify(citing, text)
    problems = [_mismatch_problem(m, sheet.where[f"{m.statement.id}.{m.field}"], args.text_file) for m in mismatches]
    checked = quotes.checked(citing)
    if problems:
        _print_problems(problems, args.format,
                        f"{len(problems)} of {checked} quotes and excerpts not found in {args.text_file}.")
        return 1
    print(f"{checked} quotes and excerpts citing {args.source_id}: all found in {args.text_file}.")
    return 0


def _mismatch_problem(mismatch: quotes.Mismatch, where: Location, text_file: Path) -> Problem:
    message = quotes.mismatch_message((mismatch.closest, mismatch.likeness, mismatch.differs), str(text_file))
    return Problem(where, message, mismatch.statement.id, mismatch.field)


def _print_problems(problems: list[Problem], fmt: str, summary: str) -> None:
    """Problems on standard error (and as annotations on standard output for GitHub)."""
    if fmt == "github":
        for problem in problems:
            print(problem.github())
    print("\n".join([*map(str, problems), summary]), file=sys.stderr)
