"""memo.py: what the downloads and the search index keep per statement, by its fingerprint; made
with the memo of another fact sheet, they are what they are made afresh."""

from __future__ import annotations

import json

from conftest import copy_project

from generator.build import fingerprint
from generator.build.pipeline import Paths, check
from generator.site import downloads, i18n, search
from generator.site.memo import Memo
from generator.site.plan import routes_of
from generator.site.plan import sources as plan_sources


def _sheet(root, old: str = "", new: str = ""):
    statements = root / "data" / "statements" / "statements.yaml"
    text = statements.read_text(encoding="utf-8")
    assert old in text
    statements.write_text(text.replace(old, new, 1), encoding="utf-8")
    sheet, loaded = check(Paths(root / "data", root / "content"))
    fingerprint.records(sheet)
    return sheet, loaded.prose


def _outputs(sheet, prose, memo: Memo | None = None) -> dict[str, str]:
    where = routes_of(plan_sources(sheet))
    return {**downloads.files(sheet, memo), **search.index(sheet, prose, where, memo)}


def test_outputs_made_with_the_memo_of_another_sheet_are_those_made_afresh(tmp_path):
    root = copy_project(tmp_path)
    before, prose = _sheet(root)
    after, _ = _sheet(root, "quote: We want guarantees now.", "quote: We want guarantees")
    for language in ("en", "uk"):
        with i18n.use(language):
            kept = Memo({}, fingerprint.of)
            _outputs(before, prose, kept)
            memo = Memo(kept.now, fingerprint.of)
            assert _outputs(after, prose, memo) == _outputs(after, prose), language
            assert len(memo.now.keys() - kept.now.keys()) == 3  # the edited statement's json, csv, search


def test_a_memo_keeps_only_what_this_build_used_and_without_fingerprints_keeps_nothing(tmp_path):
    sheet, prose = _sheet(copy_project(tmp_path))
    memo = Memo({("csv", b"gone"): "a statement no longer there"}, fingerprint.of)
    _outputs(sheet, prose, memo)
    assert {kind for kind, _ in memo.now} == {"json", "csv", "search"}
    assert len(memo.now) == 3 * len(sheet.statements)
    unkept = Memo()
    _outputs(sheet, prose, unkept)
    assert unkept.now == {}


def test_the_json_is_the_whole_fact_sheet_as_the_json_module_writes_it(tmp_path):
    sheet, _ = _sheet(copy_project(tmp_path))
    text = downloads.files(sheet, Memo({}, fingerprint.of))[downloads.JSON_PATH]
    assert text == json.dumps(json.loads(text), ensure_ascii=False) + "\n"
