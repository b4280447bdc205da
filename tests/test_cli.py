"""`python -m generator check|build` as an editor runs it: exit codes, messages, nothing lost."""


from conftest import ROOT, run, snapshot, write_data




def test_check_passes_on_the_shipped_data():
    result = run("generator", "check", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "12 statements, 9 actors, 10 countries, 4 topics: no problems.\n"


def test_check_prints_every_problem_located_and_exits_1(project):
    path = project / "data" / "statements" / "article-2025-03-22.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("stance: accepts-non-membership", "stance: accepts", 1)
    text = text.replace("speaker: politico", "speaker: politco", 1)
    path.write_text(text, encoding="utf-8")
    result = run("generator", "check", cwd=project)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "data/statements/article-2025-03-22.yaml:10:11: record witkoff-zelensky-yermak-accepted-non-membership: "
        "stance: `accepts` is not a stance of topic `nato-membership` (supports, accepts-non-membership, "
        "not-realistic, opposes); did you mean `accepts-non-membership`?",
        "data/statements/article-2025-03-22.yaml:52:12: record politico-seven-countries-against: speaker: "
        "no actor has the id `politco`; did you mean `politico`?",
        "2 problems found.",
    ]
    assert "Traceback" not in result.stderr


def test_github_format_prints_annotations(project):
    write_data(project / "data", {"sources.yaml": "- id: article-2025-03-22\n  kind: article\n  date: 2025-13\n"})
    result = run("generator", "check", "--format", "github", cwd=project)
    assert result.returncode == 1
    assert result.stdout == (
        "::error file=data/sources.yaml,line=3,col=9::record article-2025-03-22: date: "
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
    actors.write_text(actors.read_text(encoding="utf-8").replace("role: Italian Prime Minister", "role: Prime Minister of Italy"), encoding="utf-8")
    result = run("generator", "build", cwd=project, check=True)
    assert "6 written" in result.stdout  # her page, Italy, her two topics, the timeline, the actors index
    assert "Prime Minister of Italy" in (project / "docs" / "actors" / "giorgia-meloni.md").read_text()


def test_prose_for_an_unknown_id_is_an_error(project):
    (project / "content" / "countries").mkdir()
    (project / "content" / "countries" / "xx.md").write_text("Prose.")
    result = run("generator", "check", cwd=project)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == "content/countries/xx.md: no country has the id `xx`; prose files are named <id>.md"


def test_prose_is_included_in_the_entity_page(project):
    (project / "content" / "countries").mkdir()
    (project / "content" / "countries" / "ua.md").write_text("Hand-written *prose* about Ukraine.\n")
    run("generator", "build", cwd=project, check=True)
    assert "Hand-written *prose* about Ukraine." in (project / "docs" / "countries" / "ua.md").read_text()
