"""Problems (generator/errors.py): one way to print them, sorted by place, as text or for GitHub."""

from generator.data.errors import DataError, Location, Problem


def test_a_problem_reads_file_line_column_record_field_message():
    problem = Problem(Location("data/actors.yaml", 4, 9), "`persn` is not one of …", "jane-doe", "kind")
    assert str(problem) == "data/actors.yaml:4:9: record jane-doe: kind: `persn` is not one of …"
    assert str(Problem(Location("data/x.yml"), "rename the file to end in .yaml")) == \
        "data/x.yml: rename the file to end in .yaml"


def test_problems_are_sorted_by_place_and_each_given_once():
    late = Problem(Location("b.yaml", 1, 1), "x")
    early = Problem(Location("a.yaml", 9, 1), "y")
    error = DataError([late, early, late])
    assert error.problems == [early, late]
    assert error.report("docs was left as it was").splitlines() == [
        "a.yaml:9:1: y", "b.yaml:1:1: x", "2 problems found; docs was left as it was."]
    assert DataError([early]).summary() == "1 problem found."


def test_the_github_annotation_escapes_what_would_end_it():
    problem = Problem(Location("data/s.yaml", 3, 5), "100% wrong\nsecond line", "s", "quote")
    # A line break never reaches the annotation: every message shows it as `\n` (errors.visible).
    assert problem.github() == "::error file=data/s.yaml,line=3,col=5::record s: quote: 100%25 wrong\\nsecond line"


def test_a_message_shows_control_and_bidi_characters_as_escapes_on_one_line():
    problem = Problem(Location("data/s.yaml", 3, 5), "`a\x1b[2Jb\nc\u202ed`", "s", "quote")
    assert str(problem) == "data/s.yaml:3:5: record s: quote: `a\\x1b[2Jb\\nc\\u202ed`"
    assert "\n" not in str(problem) and "\x1b" not in str(problem)
