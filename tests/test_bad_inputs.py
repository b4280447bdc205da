"""Each bad input of the corpus (tests/bad_inputs.py): `python -m generator check` exits with
its code and prints exactly its located messages, then the count."""

import pytest
from bad_inputs import CASES
from conftest import MINIMAL, write_data

from generator.cli import main


def test_the_corpus_is_large():
    assert len(CASES) >= 40


@pytest.mark.parametrize("name", CASES)
def test_bad_input(name, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    write_data(tmp_path / "data", MINIMAL)
    for path, text in CASES[name].files.items():
        (tmp_path / "data" / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "data" / path).write_text(text, encoding="utf-8")
        if path.endswith(".yml"):
            (tmp_path / "data" / "statements" / "one.yaml").unlink()
    for page in ("index", "about"):
        (tmp_path / "content").mkdir(exist_ok=True)
        (tmp_path / "content" / f"{page}.md").write_text("Prose.")
    code = main(["check"])
    out, err = capsys.readouterr()
    expected_code, expected_lines = CASES[name].exit, CASES[name].messages
    count = len(expected_lines)
    assert (code, out) == (expected_code, "")
    assert err.splitlines() == [*expected_lines, f"{count} problem{'s' if count > 1 else ''} found."]


def test_an_oversized_file_is_refused_before_it_is_parsed(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    write_data(tmp_path / "data", MINIMAL)
    write_data(tmp_path / "content", {"index.md": "Prose.", "about.md": "Prose."})
    (tmp_path / "data" / "statements" / "big.yaml").write_bytes(b"# padding\n" * 600_000)
    assert main(["check"]) == 1
    assert (
        capsys.readouterr().err.splitlines()[0]
        == "data/statements/big.yaml: the file is over 5 MB; split it into several files"
    )
