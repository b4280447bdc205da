"""records.py: one raw record's fields read one at a time, every problem located and named
after the record and the field."""

from __future__ import annotations

from generator.data.errors import Problem
from generator.data.records import RecordReader
from generator.data.yamlload import Map, Scalar, Seq, parse

RECORD = b"""\
- id: doe-says
  quote: We said no.
  empty:
  mentions: [a, b]
  none: []
  single: a
  nested:
    - note: Inner.
"""


def reader(text: bytes = RECORD) -> tuple[RecordReader, list[Problem]]:
    root, problems = parse("data/one.yaml", text)
    assert problems == [] and isinstance(root, Seq) and isinstance(root.items[0], Map)
    found: list[Problem] = []
    return RecordReader(root.items[0], "doe-says", found), found


def messages(problems: list[Problem]) -> list[str]:
    return [str(p) for p in problems]


def test_a_field_left_out_is_missing_only_where_it_is_required():
    r, problems = reader()
    assert r.value("date", required=False) is None and problems == []
    assert r.value("date", required=True) is None
    assert messages(problems) == ["data/one.yaml:1:3: record doe-says: date: missing; this field is required"]
    assert not r.ok


def test_a_field_written_but_empty_is_a_problem_whether_required_or_not():
    r, problems = reader()
    assert not r.has("empty") and r.value("empty", required=False) is None
    assert messages(problems) == ["data/one.yaml:3:3: record doe-says: empty: is empty; fill it in, or remove the "
                                  "line if the source does not give it"]


def test_a_single_value_and_a_list_are_told_apart():
    r, problems = reader()
    quote = r.scalar("quote")
    assert isinstance(quote, Scalar) and quote.text == "We said no." and r.loc("quote") == quote.loc
    assert [n.text for n in r.items("mentions") if isinstance(n, Scalar)] == ["a", "b"]
    assert r.scalar("mentions") is None and r.items("single") == ()
    assert messages(problems) == [
        "data/one.yaml:4:13: record doe-says: mentions: expected a single value, found a list",
        "data/one.yaml:6:11: record doe-says: single: expected a list, such as [a, b] or lines starting with `- `"]


def test_an_empty_list_is_present_but_not_listed():
    r, _ = reader()
    assert r.has("none") and not r.listed("none") and r.listed("mentions")


def test_an_unknown_field_is_reported_with_the_field_it_nearly_is_and_that_field_is_not_called_missing():
    r, problems = reader(b"- id: doe-says\n  qoute: We said no.\n")
    r.finish(("id", "quote"))
    assert r.value("quote", required=True) is None
    assert messages(problems) == ["data/one.yaml:2:3: record doe-says: qoute: unknown field; expected one of `id`, "
                                  "`quote`; did you mean `quote`?"]


def test_a_record_inside_a_record_names_where_it_is():
    r, problems = reader()
    (inner,) = r.items("nested")
    assert isinstance(inner, Map)
    nested = r.nested(inner, "nested[0].")
    nested.value("date", required=True)
    assert messages(problems) == ["data/one.yaml:8:7: record doe-says: nested[0].date: missing; this field is required"]
