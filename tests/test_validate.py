"""Validation on real YAML files: what valid input becomes, and what the bad-input corpus
(tests/bad_inputs.py, run by test_bad_inputs.py) cannot express: bytes, missing files, order."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import MINIMAL, minimal_statement, write_data

from generator.build.pipeline import read_sheet as validate
from generator.data.errors import DataError

STATEMENT = textwrap.dedent(MINIMAL["statements/one.yaml"])


def problems(data: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        validate(data)
    return [str(p) for p in caught.value.problems]


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def test_minimal_data_loads_with_unquoted_no_and_dates(minimal):
    sheet = validate(minimal)
    (s,) = sheet.statements
    assert [c.name for c in s.position_of] == ["Ukraine", "Norway"]
    assert s.date.words == "12 February 2025"
    assert [c.id for c in sheet.countries] == ["no", "ua", "us"]
    assert sheet.countries[2].nato_member_since.words == "1949"


def test_yes_on_y_n_stay_text_and_cyrillic_is_kept(minimal):
    write_data(minimal, {"actors.yaml": """\
        - id: jane-doe
          name: Яна Доу
          kind: person
          country: us
          role: yes
          aliases: [on, y, n, Яна]
        """})
    (actor,) = validate(minimal).actors
    assert (actor.name, actor.role, actor.aliases) == ("Яна Доу", "yes", ("on", "y", "n", "Яна"))


def test_an_own_position_is_the_speakers_countrys(minimal):
    write_data(minimal, {"statements/one.yaml": minimal_statement(position_of=None, voice="own")})
    (s,) = validate(minimal).statements
    assert [c.id for c in s.position_of] == ["us"] and s.reported_for == ()
    assert s.is_own(s.speaker.country)


def test_a_reported_position_is_never_own_even_for_the_speakers_country(minimal):
    write_data(minimal, {"statements/one.yaml": minimal_statement(position_of="[us, ua]")})
    (s,) = validate(minimal).statements
    assert [c.id for c in s.reported_for] == ["us", "ua"]
    assert not any(s.is_own(c) for c in s.position_of)


def test_a_view_gives_no_countrys_position(minimal):
    write_data(minimal, {"statements/one.yaml": minimal_statement(position_of=None, voice="view")})
    (s,) = validate(minimal).statements
    assert s.position_of == () and s.reported_for == ()


def test_a_summary_nearly_repeating_its_excerpt_is_marked_close(minimal):
    close = minimal_statement(quote=None, extra="  summary: Doe said that Ukraine should not join.\n"
                                                "  excerpt: Doe said that Ukraine should not join NATO.")
    loose = minimal_statement(
        id="doe-loose",
        quote=None,
        extra="  summary: Doe is against it.\n  excerpt: Doe said that Ukraine should not join NATO.",
    )
    write_data(minimal, {"statements/one.yaml": close + loose})
    found = {s.id: s.close_to_excerpt for s in validate(minimal).statements}
    assert found == {"doe-opposes": True, "doe-loose": False}


def test_hedges_are_matched_in_the_words_whatever_the_typography(minimal):
    write_data(
        minimal,
        {"statements/one.yaml": minimal_statement(quote="I don’t think so.", extra="  hedges: [I don't think]")},
    )
    assert validate(minimal).statements[0].hedges == ("I don't think",)


def test_missing_file(minimal):
    (minimal / "sources.yaml").unlink()
    assert problems(minimal)[0] == "data/sources.yaml: missing: the source records belong here"


def test_every_problem_at_once_sorted_by_place(minimal):
    write_data(minimal, {"statements/one.yaml": minimal_statement(speaker="nobody", stance="maybe", date="2025-13")})
    assert [p.split(": record")[0] for p in problems(minimal)] == [
        "data/statements/one.yaml:2:9",
        "data/statements/one.yaml:3:12",
        "data/statements/one.yaml:5:11",
    ]


def test_an_id_used_twice_is_reported_at_the_newer_record_whichever_file_is_read_first(minimal):
    import os

    published = minimal / "statements" / "one.yaml"
    os.utime(published, (1_700_000_000, 1_700_000_000))  # the older, published file
    write_data(minimal, {"statements/2026-11.yaml": minimal_statement()})  # read first, written later
    assert problems(minimal) == [
        "data/statements/2026-11.yaml:1:7: record doe-opposes: id: the statement id `doe-opposes` is already used "
        "by an older record at data/statements/one.yaml:1:7; give this one an id of its own"]


def test_a_broken_link_in_the_prose_is_reported_with_the_datas_problems(tmp_path):
    from conftest import SHEET, copy_project

    from generator.build.pipeline import Paths, check

    project = copy_project(tmp_path)
    (project / "content" / "about.md").write_text(
        "# About\n\nSee [Ukraine](countries/ua.md) and\n[the list](countres/index.md#top).\n"
    )
    write_data(
        project / "data",
        {
            "statements/statements.yaml": (SHEET / "data/statements/statements.yaml")
            .read_text()
            .replace(
                "stance: supports\n  voice: own\n  summary: Berg", "stance: support\n  voice: own\n  summary: Berg"
            )
        },
    )
    with pytest.raises(DataError) as caught:
        check(Paths(project / "data", project / "content"))
    assert [str(p) for p in caught.value.problems] == [
        "content/about.md:4:12: the link `countres/index.md#top` points to no page of the site; did you mean "
        "`countries/index.md`?",
        "data/statements/statements.yaml:16:11: record berg-supports-in-february: stance: `support` is not a stance "
        "of topic `membership` (supports, accepts-non-membership, not-realistic, opposes); did you mean `supports`?",
    ]
