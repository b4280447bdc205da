"""Validation on real YAML files: valid input loads; each bad input gets its exact located message."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from conftest import MINIMAL, minimal_statement, write_data
from generator.errors import DataError
from generator.validate import validate

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


def test_position_of_defaults_to_the_speakers_country(minimal):
    write_data(minimal, {"statements/one.yaml": minimal_statement(position_of=None)})
    (s,) = validate(minimal).statements
    assert [c.id for c in s.position_of] == ["us"]
    assert s.reported == ()


def test_reported_positions_are_those_of_other_countries(minimal):
    (s,) = validate(minimal).statements
    assert [c.id for c in s.reported] == ["ua", "no"]


BAD_STATEMENTS = [
    pytest.param(
        dict(speaker="jane-do"),
        "data/statements/one.yaml:3:12: record doe-opposes: speaker: no actor has the id `jane-do`; did you mean `jane-doe`?",
        id="unknown-speaker",
    ),
    pytest.param(
        dict(stance="oppose"),
        "data/statements/one.yaml:5:11: record doe-opposes: stance: `oppose` is not a stance of topic "
        "`nato-membership` (supports, opposes); did you mean `opposes`?",
        id="unknown-stance",
    ),
    pytest.param(
        dict(topic="membership"),
        "data/statements/one.yaml:4:10: record doe-opposes: topic: no topic has the id `membership`; "
        "did you mean `nato-membership`?",
        id="unknown-topic",
    ),
    pytest.param(
        dict(position_of="[ua, xx]"),
        "data/statements/one.yaml:6:21: record doe-opposes: position_of: no country has the id `xx`",
        id="unknown-country",
    ),
    pytest.param(
        dict(source=None),
        "data/statements/one.yaml:1:3: record doe-opposes: source: missing; this field is required",
        id="missing-source",
    ),
    pytest.param(
        dict(date="2025-02-30"),
        "data/statements/one.yaml:2:9: record doe-opposes: date: `2025-02-30` is not a date that exists",
        id="impossible-date",
    ),
    pytest.param(
        dict(date="2025-02-12 10:30"),
        "data/statements/one.yaml:2:9: record doe-opposes: date: `2025-02-12 10:30` is not a date such as "
        "2025, 2025-03, 2025-02-12 or ../2025-03-22",
        id="timestamp",
    ),
    pytest.param(
        dict(date="12.02.2025"),
        "data/statements/one.yaml:2:9: record doe-opposes: date: `12.02.2025` is not a date such as "
        "2025, 2025-03, 2025-02-12 or ../2025-03-22",
        id="date-in-another-notation",
    ),
    pytest.param(
        dict(quote=None),
        "data/statements/one.yaml:1:3: record doe-opposes: summary: missing; a statement without a quote needs a summary",
        id="neither-quote-nor-summary",
    ),
    pytest.param(
        dict(quote='"  "'),
        "data/statements/one.yaml:7:10: record doe-opposes: quote: is empty; write the text or remove the field",
        id="blank-quote",
    ),
    pytest.param(
        dict(mentions="jane-doe"),
        None,
        id="mentions-not-a-list",
    ),
    pytest.param(
        dict(id="Doe_Opposes"),
        "data/statements/one.yaml:1:7: record Doe_Opposes: id: `Doe_Opposes` is not a valid id; expected "
        "lower-case letters, digits and single hyphens, such as `steve-witkoff`",
        id="bad-id",
    ),
    pytest.param(
        dict(position_of="[UA]"),
        "data/statements/one.yaml:6:17: record doe-opposes: position_of[0]: `UA` is not a valid id; expected "
        "a two-letter ISO 3166-1 country code in lower case, such as `ua`",
        id="upper-case-country",
    ),
    pytest.param(
        dict(quote="{text: We said no.}"),
        "data/statements/one.yaml:7:10: record doe-opposes: quote: expected text, found a mapping",
        id="mapping-for-text",
    ),
]


@pytest.mark.parametrize("changes, expected", BAD_STATEMENTS)
def test_bad_statement(minimal, changes, expected):
    if "mentions" in changes:  # a field the minimal statement lacks: append it
        text = STATEMENT + "  mentions: jane-doe\n"
        expected = ("data/statements/one.yaml:9:13: record doe-opposes: mentions: expected a list, "
                    "such as [a, b] or lines starting with `- `")
    else:
        text = minimal_statement(**changes)
    write_data(minimal, {"statements/one.yaml": text})
    assert problems(minimal) == [expected]


BAD_FILES = [
    pytest.param(
        "actors.yaml",
        "- id: jane-doe\n  name: Jane Doe\n  name: Jane D.\n  kind: person\n",
        ["data/actors.yaml:3:3: duplicate key `name` (first at line 2); keep one"],
        id="duplicate-key",
    ),
    pytest.param(
        "actors.yaml",
        "- id: jane-doe\n  name: Jane Doe\n  kind: persn\n  contry: us\n",
        [
            "data/actors.yaml:3:9: record jane-doe: kind: `persn` is not one of `person`, `organization`, "
            "`media`; did you mean `person`?",
            "data/actors.yaml:4:3: record jane-doe: contry: unknown field; expected one of `id`, `name`, `kind`, "
            "`country`, `role`, `aliases`, `description`; did you mean `country`?",
        ],
        id="near-miss-kind-and-field",
    ),
    pytest.param(
        "topics.yaml",
        "id: nato-membership\ntitle: Membership\n",
        ["data/topics.yaml:1:1: the file must be a list of records, each starting with `- id:`"],
        id="mapping-not-list",
    ),
    pytest.param(
        "topics.yaml",
        "- id: [unclosed\n",
        ["data/topics.yaml:2:1: not valid YAML: while parsing a flow sequence did not find expected ',' or ']'"],
        id="yaml-syntax",
    ),
    pytest.param(
        "sources.yaml",
        "- id: src\n  kind: article\n  date: 2025-03-22\n  url: javascript:alert(1)\n",
        ["data/sources.yaml:4:8: record src: url: `javascript:alert(1)` is not a web address starting http:// or https://"],
        id="javascript-url",
    ),
    pytest.param(
        "countries.yaml",
        "- id: ua\n  name: Ukraine\n  nato_member: maybe\n- id: us\n  name: US\n- id: 'no'\n  name: Norway\n",
        ["data/countries.yaml:3:16: record ua: nato_member: `maybe` is not true or false"],
        id="not-a-boolean",
    ),
    pytest.param(
        "countries.yaml",
        "- &c {id: ua, name: Ukraine}\n- *c\n- id: us\n  name: US\n- id: no\n  name: Norway\n",
        [
            "data/countries.yaml:1:11: record ua: id: the country id `ua` is used twice; first at data/countries.yaml:1:11",
            "data/countries.yaml:2:3: anchors and aliases (& and *) are not supported; write the value out",
        ],
        id="alias",
    ),
    pytest.param(
        "actors.yaml",
        "- id: jane-doe\n  name: !!python/object:os.system x\n  kind: person\n",
        ["data/actors.yaml:2:9: YAML tags such as tag:yaml.org,2002:python/object:os.system are not supported; remove the tag"],
        id="python-tag",
    ),
    pytest.param(
        "topics.yaml",
        "- id: nato-membership\n  title: Membership\n  question: Join?\n  stances:\n    - id: yes\n      label: Yes\n    - id: yes\n      label: Also yes\n",
        ["data/topics.yaml:7:7: record nato-membership: stances: the stance id `yes` is used twice"],
        id="duplicate-stance",
    ),
]


@pytest.mark.parametrize("name, text, expected", BAD_FILES)
def test_bad_file(minimal, name, text, expected):
    (minimal / name).write_text(text, encoding="utf-8")
    assert problems(minimal) == expected


def test_same_id_in_two_files_names_both(minimal):
    write_data(minimal, {"statements/two.yaml": STATEMENT})
    assert problems(minimal) == [
        "data/statements/two.yaml:1:7: record doe-opposes: id: the statement id `doe-opposes` is used twice; "
        "first at data/statements/one.yaml:1:7"
    ]


def test_non_utf8_file(minimal):
    (minimal / "actors.yaml").write_bytes(b"- id: jane-doe\n  name: Jos\xe9\n")
    assert problems(minimal)[0] == "data/actors.yaml:2:12: the file is not UTF-8 text; save it as UTF-8"


def test_yml_extension_is_not_silently_skipped(minimal):
    (minimal / "statements" / "one.yaml").rename(minimal / "statements" / "one.yml")
    assert problems(minimal) == ["data/statements/one.yml: rename the file to end in .yaml"]


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


def test_utf8_bom_and_crlf_are_accepted(minimal):
    text = (minimal / "actors.yaml").read_text(encoding="utf-8").replace("\n", "\r\n")
    (minimal / "actors.yaml").write_bytes("\ufeff".encode() + text.encode())
    assert validate(minimal).actors[0].name == "Jane Doe"


def test_text_is_normalised_to_nfc(minimal):
    decomposed = "Jose\u0301 Cafe\u0301"
    write_data(minimal, {"actors.yaml": f"- id: jane-doe\n  name: {decomposed}\n  kind: person\n  country: us\n"})
    assert validate(minimal).actors[0].name == "Jos\u00e9 Caf\u00e9"
