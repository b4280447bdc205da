"""`verify-quotes`: quotes against the source's text, typography and marked omissions tolerated."""

import pytest
from conftest import MINIMAL, ROOT, minimal_statement, run, write_data

from generator.build.pipeline import read_sheet as validate
from generator.data import quotes

ARTICLE = (ROOT / "tests" / "fixtures" / "article-2025-03-22.txt").read_text(encoding="utf-8")


@pytest.fixture
def statement(tmp_path):
    def make(quote):
        files = {**MINIMAL, "statements/one.yaml": minimal_statement(quote=f'"{quote}"')}
        return validate(write_data(tmp_path / "data", files)).statements[0]
    return make


@pytest.mark.parametrize("quote", [
    "I agree with that. I donʼt think itʼs practical",
    "I agree with that. I don't think it's practical",  # straight apostrophes
    "Regarding NATO, I think Zelensky - and he has a right-hand man, Yermak - I think",  # hyphens for dashes
    "Regarding NATO, I think Zelensky … I think they have already largely accepted",  # an omission
    "There has been a lot of talk [...] And I think that is a matter for discussion.",
])
def test_tolerated_differences(statement, quote):
    assert quotes.verify([statement(quote)], ARTICLE) == []


@pytest.mark.parametrize("quote", [
    "I agree with that. I do not think it is practical",
    "I think that is a matter for discussion. There has been a lot of talk",  # parts out of order
])
def test_a_changed_quote_is_reported_with_the_closest_passage(statement, quote):
    (mismatch,) = quotes.verify([statement(quote)], ARTICLE)
    assert mismatch.likeness > 0.6


@pytest.mark.data
def test_the_command_checks_the_shipped_quotes_and_excerpts():
    result = run("generator", "verify-quotes", "article-2025-03-22", "tests/fixtures/article-2025-03-22.txt", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith(" quotes and excerpts citing article-2025-03-22: all found in "
                                  "tests/fixtures/article-2025-03-22.txt.\n")


@pytest.mark.parametrize(
    "statement, source, expected",
    [
        (
            minimal_statement(quote="I do not think it is practical"),
            "He said: I don't think it's practical.",
            "7:10: record doe-opposes: quote: not found in source.txt; the closest passage (88% alike) reads: "
            "«I don't think it's practical.»; the words that differ: «do not» → «don't»; "
            "«it is practical» → «it's practical.»",
        ),
        (
            minimal_statement(quote=None, extra="  summary: Doe said no.\n  excerpt: Doe said yes."),
            "Later, Doe said no.",
            "10:12: record doe-opposes: excerpt: not found in source.txt; the closest passage (80% alike) reads: "
            "«Doe said no.»; the words that differ: «yes.» → «no.»",
        ),
    ],
    ids=["quote", "excerpt"],
)
def test_the_command_locates_a_mismatch(tmp_path, statement, source, expected):
    write_data(tmp_path / "data", {**MINIMAL, "statements/one.yaml": statement})
    (tmp_path / "source.txt").write_text(source)
    result = run("generator", "verify-quotes", "src", "source.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"data/statements/one.yaml:{expected}",
        "1 of 1 quotes and excerpts not found in source.txt.",
    ]


def test_a_text_file_that_cannot_be_read_is_an_error_not_a_traceback(tmp_path):
    write_data(tmp_path / "data", MINIMAL)
    result = run("generator", "verify-quotes", "src", "missing.txt", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "error: cannot read missing.txt: No such file or directory\n")


def test_an_unknown_source_is_an_error(tmp_path):
    write_data(tmp_path / "data", MINIMAL)
    (tmp_path / "source.txt").write_text("text")
    result = run("generator", "verify-quotes", "nope", "source.txt", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "error: no source has the id `nope`\n")
