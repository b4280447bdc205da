"""`python -m generator new`: a skeleton appended as text; check then points at what to fill."""

import datetime as dt
import re

from conftest import MINIMAL, run, write_data

from generator import newrecord

TODAY = dt.date(2026, 11, 27)


def test_a_new_statement_goes_to_this_months_file_with_its_schema_line(minimal):
    path, line, record_id = newrecord.add("statement", minimal, TODAY)
    assert (path, line, record_id) == (minimal / "statements" / "2026-11.yaml", 3, "statement-2026-11-27")
    lines = path.read_text().splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../../schema/statements.schema.json"
    assert lines[2].startswith("- id: statement-2026-11-27") and lines[3].startswith("  date: 2026-11-27")


def test_ids_stay_free_and_the_file_is_appended_to_not_rewritten(minimal):
    original = (minimal / "actors.yaml").read_text()
    _, line, first = newrecord.add("actor", minimal, TODAY)
    _, _, second = newrecord.add("actor", minimal, TODAY)
    text = (minimal / "actors.yaml").read_text()
    assert (first, second) == ("new-actor", "new-actor-2")
    assert text.startswith(original) and text.splitlines()[line - 1].startswith("- id: new-actor")


def test_check_points_at_each_field_left_to_fill_then_passes_once_filled(tmp_path):
    data = write_data(tmp_path / "data", MINIMAL)
    write_data(tmp_path / "content", {"index.md": "x", "about.md": "x"})
    result = run("generator", "new", "statement", "--file", "data/statements/new.yaml", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("data/statements/new.yaml:3: new statement `statement-")
    check = run("generator", "check", cwd=tmp_path)
    assert check.returncode == 1
    assert [line.split(": ")[2] for line in check.stderr.splitlines()[:-1]] == [
        "id",
        "speaker",
        "topic",
        "stance",
        "voice",
        "source",
        "quote",
    ]
    path = data / "statements" / "new.yaml"
    filled = path.read_text()
    filled = re.sub(r"- id: statement-\S+", "- id: doe-said-it", filled)
    filled = re.sub(r"date: \d{4}-\d{2}-\d{2}", "date: 2025-02-12", filled)
    for field, value in [("speaker", "jane-doe"), ("topic", "nato-membership"), ("stance", "opposes"),
                         ("voice", "own"), ("quote", "We said it."), ("source", "src")]:
        filled = filled.replace(f"  {field}:", f"  {field}: {value}", 1)
    path.write_text(filled)
    assert run("generator", "check", cwd=tmp_path).returncode == 0


def test_a_new_country_leaves_the_code_to_the_editor(minimal):
    path, line, record_id = newrecord.add("country", minimal, TODAY)
    assert record_id == "" and path.read_text().splitlines()[line - 1].startswith("- id:  #")


def test_a_built_wheel_carries_every_template_and_new_works_from_it(tmp_path):
    """A normal (non-editable) install: the wheel, unpacked, runs `new` on its own templates."""
    import subprocess
    import sys
    import zipfile

    from conftest import ROOT

    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
                             "--wheel-dir", str(tmp_path / "wheel"), str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    (wheel,) = (tmp_path / "wheel").glob("*.whl")
    templates = sorted(ROOT.glob("generator/**/*.j2"))
    with zipfile.ZipFile(wheel) as archive:
        packed = set(archive.namelist())
        archive.extractall(tmp_path / "installed")
    assert [t for t in templates if t.relative_to(ROOT).as_posix() not in packed] == []
    data = write_data(tmp_path / "data", MINIMAL)
    env = {"PYTHONPATH": str(tmp_path / "installed"), "PATH": "/usr/bin:/bin"}
    new = subprocess.run([sys.executable, "-m", "generator", "new", "statement", "--data", str(data)],
                         cwd=tmp_path, capture_output=True, text=True, env=env)
    assert new.returncode == 0, new.stderr
    assert "new statement `statement-" in new.stdout


def test_skeletons_saved_unchanged_are_never_published(tmp_path):
    data = write_data(tmp_path / "data", MINIMAL)
    write_data(tmp_path / "content", {"index.md": "x", "about.md": "x"})
    for record_type in ("source", "actor"):
        assert run("generator", "new", record_type, cwd=tmp_path).returncode == 0
    actors = data / "actors.yaml"
    actors.write_text(actors.read_text().replace("  name:\n", "  name: Jane Roe\n"))  # only the name filled
    check = run("generator", "check", cwd=tmp_path)
    assert check.returncode == 1
    assert [line.split(": ", 3)[2:] for line in check.stderr.splitlines()[:-1]] == [
        [
            "id",
            "`new-actor` is the placeholder `new` gave this record; give it an id of its own, "
            "which becomes its web address",
        ],
        ["country", "is empty; fill it in, or remove the line if the source does not give it"],
        ["role", "is empty; fill it in, or remove the line if the source does not give it"],
        [
            "id",
            f"`source-{dt.date.today()}` is the placeholder `new` gave this record; give it an id of its own, "
            "which becomes its web address",
        ],
        ["title", "is empty; fill it in, or remove the line if the source does not give it"],
        ["publisher", "is empty; fill it in, or remove the line if the source does not give it"],
        ["url", "is empty; fill it in, or remove the line if the source does not give it"],
        ["accessed", "says when the address was checked, but there is no url; add the url or remove accessed"],
    ]


def test_a_statement_told_its_date_goes_to_that_months_file(minimal):
    from generator.data import dates

    path, line, _ = newrecord.add("statement", minimal, TODAY, date=dates.parse("2025-03-25"))
    assert path == minimal / "statements" / "2025-03.yaml"
    assert path.read_text().splitlines()[line].startswith("  date: 2025-03-25")
    year, _, _ = newrecord.add("statement", minimal, TODAY, date=dates.parse("2024"))
    assert year == minimal / "statements" / "2024.yaml"


def test_new_refuses_a_date_in_another_order_and_says_which_one_is_meant(tmp_path):
    write_data(tmp_path / "data", MINIMAL)
    result = run("generator", "new", "statement", "--date", "25/03/2025", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "error: --date: `25/03/2025` is not a date such as 2025, 2025-03, "
                                                     "2025-02-12 or ../2025-03-22; did you mean 2025-03-25?\n")
    assert not (tmp_path / "data" / "statements" / "2025-03.yaml").exists()
