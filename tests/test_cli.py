"""`python -m generator check|build` as an editor runs it: exit codes, messages, nothing lost."""


import pytest
from conftest import ROOT, copy_project, run, snapshot

from generator.data.languages import LANGUAGES


@pytest.mark.data
def test_check_passes_on_the_shipped_data():
    result = run("generator", "check", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].endswith(": no problems.")


def test_check_counts_what_it_read(project):
    result = run("generator", "check", cwd=project)
    assert (result.returncode, result.stdout) == (
        0,
        "9 statements, 6 actors, 5 countries, 2 topics: no problems.\n"
        "notice: gazette-envoys has no stored text (data/texts/gazette-envoys.txt): "
        "2 statements not checked against it\n"
        "notice: Ukrainian (uk) is given for 5 of the 37 texts in the fact sheet's own words: missing in "
        "topic.title 1/2, topic.question 1/2, stance.label 1/7, country.name 2/5, actor.name 0/6, actor.role 0/4, "
        "actor.description 0/1, source.notes 0/2, statement.summary 0/4, statement.occasion 0/3, "
        "correction.note 0/1\n",
    )


def test_check_prints_every_problem_located_and_exits_1(project):
    path = project / "data" / "statements" / "statements.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("stance: accepts-non-membership", "stance: accepts", 1)
    text = text.replace("speaker: the-courier", "speaker: the-curier", 1)
    path.write_text(text, encoding="utf-8")
    result = run("generator", "check", cwd=project)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "data/statements/statements.yaml:24:12: record courier-reports-opposition: speaker: "
        "no actor has the id `the-curier`; did you mean `the-courier`?",
        "data/statements/statements.yaml:82:11: record reed-ukraine-accepted: stance: `accepts` is not a stance "
        "of topic `membership` (supports, accepts-non-membership, not-realistic, opposes); "
        "did you mean `accepts-non-membership`?",
        "2 problems found.",
    ]
    assert "Traceback" not in result.stderr


def test_github_format_prints_annotations(project):
    path = project / "data" / "sources.yaml"
    path.write_text(path.read_text().replace("date: 2025-02-20", "date: 2025-13"))
    result = run("generator", "check", "--format", "github", cwd=project)
    assert result.returncode == 1
    assert result.stdout == (
        "::error file=data/sources.yaml,line=11,col=9::record gazette-envoys: date: "
        "`2025-13` is not a date that exists\n"
    )


def test_a_failed_build_leaves_docs_exactly_as_it_was(project):
    assert run("generator", "build", cwd=project).returncode == 0
    before = snapshot(project / "docs")
    actors = project / "data" / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8") + "- id: broken\n  kind: person\n", encoding="utf-8")
    result = run("generator", "build", cwd=project)
    assert result.returncode == 1
    assert "record broken: name: missing; this field is required" in result.stderr
    assert result.stderr.endswith("1 problem found; docs was left as it was.\n")
    assert snapshot(project / "docs") == before


def test_the_editors_schemas_are_written_beside_the_data_they_describe(project, tmp_path):
    other = tmp_path / "elsewhere"
    copy_project(other)
    result = run("generator", "build", "--data", str(other / "data"), "--docs", str(other / "docs"), cwd=project)
    assert result.returncode == 0, result.stderr
    assert (other / "schema" / "statements.schema.json").is_file()
    assert not (project / "schema").exists()
    assert run("generator", "build", cwd=project).returncode == 0
    assert (project / "schema" / "statements.schema.json").is_file()


def test_build_is_deterministic_and_writes_only_changes(project, tmp_path):
    first = run("generator", "build", cwd=project)
    assert first.returncode == 0 and " 0 unchanged" in first.stdout
    before = snapshot(project / "docs")
    again = run("generator", "build", cwd=project)
    assert "0 written" in again.stdout
    assert snapshot(project / "docs") == before


def test_an_edit_rewrites_only_the_pages_it_changes(project):
    run("generator", "build", cwd=project, check=True)
    actors = project / "data" / "actors.yaml"
    actors.write_text(
        actors.read_text(encoding="utf-8").replace("role: Chancellor", "role: Federal Chancellor"), encoding="utf-8"
    )
    result = run("generator", "build", cwd=project, check=True)
    # in each edition, his page (his statements in full), the people index, the JSON download, and the
    # search index's manifest, the part of its entries that holds him and the part of its words with "federal"
    assert f"{6 * len(LANGUAGES)} written" in result.stdout
    assert "Federal Chancellor" in (project / "docs" / "actors" / "karl-lind.md").read_text()


def test_prose_for_an_unknown_id_is_an_error(project):
    (project / "content" / "countries" / "xx.md").write_text("Prose.")
    result = run("generator", "check", cwd=project)
    assert result.returncode == 1
    assert (
        result.stderr.splitlines()[0]
        == "content/countries/xx.md: no country has the id `xx`; prose files are named <id>.md"
    )


def test_a_prose_file_not_named_md_is_told_to_be_renamed(project):
    (project / "content" / "countries" / "ua.txt").write_text("Prose.")
    result = run("generator", "check", cwd=project)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        "content/countries/ua.txt: prose files are Markdown named <id>.md: rename it to ua.md")


def test_prose_is_included_in_the_entity_page(project):
    (project / "content" / "countries" / "de.md").write_text("Hand-written *prose* about Germany.\n")
    run("generator", "build", cwd=project, check=True)
    assert "Hand-written *prose* about Germany." in (project / "docs" / "countries" / "de.md").read_text()


def test_a_build_with_nothing_changed_reads_nothing_but_never_skips_a_change(project):
    first = run("generator", "build", cwd=project, check=True).stdout
    assert (project / "docs" / ".inputs").is_file()
    written = int(first.split(" written")[0].split()[-1])
    assert f"0 written, {written} unchanged" in run("generator", "build", cwd=project, check=True).stdout
    (project / "docs" / "timeline.md").unlink()  # a page gone: built again
    assert "1 written" in run("generator", "build", cwd=project, check=True).stdout
    about = project / "content" / "about.md"
    about.write_text(about.read_text() + "\nMore.\n")  # an input changed: built again
    # the page, and the search index's manifest, entries part and the part of its words with "more"
    # (the Ukrainian edition has an about page of its own: content/uk/about.md)
    assert "4 written" in run("generator", "build", cwd=project, check=True).stdout
    actors = project / "data" / "actors.yaml"
    actors.write_text(actors.read_text().replace("kind: media", "kind: newspaper"))  # and checked again
    assert run("generator", "build", cwd=project).returncode == 1


def _pages(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*.md")}


@pytest.mark.parametrize(
    "edit, at_most",
    [
        (
            (
                "statements/statements.yaml",
                "quote: Membership is not realistic.",
                "quote: Membership is not realistic now.",
            ),
            (6 + 3) * len(LANGUAGES),  # in each edition; the search index: its manifest, a part of its
        ),                              # entries, a part of its words
        (("actors.yaml", "name: Anna Berg", "name: Anna Berg-Lind"), (12 + 4) * len(LANGUAGES)),
    ],
)
def test_an_edit_renders_only_the_pages_that_show_it_and_they_equal_a_full_build(project, tmp_path, edit, at_most):
    run("generator", "build", cwd=project, check=True)
    name, old, new = edit
    path = project / "data" / name
    assert old in path.read_text()
    path.write_text(path.read_text().replace(old, new))
    written = int(run("generator", "build", cwd=project, check=True).stdout.split(" written")[0].split()[-1])
    assert 1 <= written <= at_most
    run("generator", "build", "--docs", str(tmp_path / "full"), cwd=project, check=True)
    assert _pages(project / "docs") == _pages(tmp_path / "full")
