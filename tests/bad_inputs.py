"""The corpus of bad inputs: each case is (name, {file: text}) applied over the minimal data.

Used by tests/test_bad_inputs.py, which asserts each case's exit code and exact messages.
"""

from conftest import minimal_statement as st

ZWSP, RLO = "\u200b", "\u202e"

CASES = {
    "unknown-speaker": {"statements/one.yaml": st(speaker="jane-do")},
    "unknown-topic": {"statements/one.yaml": st(topic="membership")},
    "unknown-stance": {"statements/one.yaml": st(stance="oppose")},
    "unknown-source": {"statements/one.yaml": st(source="srcc")},
    "unknown-position-country": {"statements/one.yaml": st(position_of="[ua, xx]")},
    "unknown-mention": {"statements/one.yaml": st(extra="  mentions: [jane-dough]")},
    "missing-date": {"statements/one.yaml": st(date=None)},
    "missing-speaker": {"statements/one.yaml": st(speaker=None)},
    "missing-stance": {"statements/one.yaml": st(stance=None)},
    "neither-quote-nor-summary": {"statements/one.yaml": st(quote=None)},
    "empty-summary": {"statements/one.yaml": st(quote=None, extra='  summary: ""')},
    "blank-quote": {"statements/one.yaml": st(quote='"   "')},
    "impossible-date": {"statements/one.yaml": st(date="2025-02-30")},
    "timestamp": {"statements/one.yaml": st(date="2025-02-12T10:30:00")},
    "date-in-words": {"statements/one.yaml": st(date="March 2025")},
    "month-13": {"statements/one.yaml": st(date="2025-13")},
    "id-upper-case": {"statements/one.yaml": st(id="Doe-Opposes")},
    "id-zero-width-space": {"statements/one.yaml": st(id=f'"doe{ZWSP}-opposes"')},
    "id-bidi-override": {"statements/one.yaml": st(id=f'"doe-{RLO}sesoppo"')},
    "duplicate-key": {"statements/one.yaml": st(extra="  quote: Again.")},
    "unknown-field-near-miss": {"statements/one.yaml": st(extra="  summery: A summary.")},
    "comment-cuts-quote": {"statements/one.yaml": st(quote="We said no # and then yes")},
    "colon-in-unquoted-text": {"statements/one.yaml": st(extra="  summary: He said: no")},
    "tab-indentation": {"statements/one.yaml": st().replace("  source:", "\tsource:")},
    "file-is-a-mapping": {"topics.yaml": "id: nato-membership\ntitle: Membership\n"},
    "file-is-text": {"sources.yaml": "just some text\n"},
    "record-is-text": {"sources.yaml": "- src\n"},
    "same-id-twice-in-a-file": {"statements/one.yaml": st() + st().replace("- id:", "- id:", 1)},
    "same-id-in-two-files": {"statements/two.yaml": st()},
    "yaml-tag": {"actors.yaml": "- id: jane-doe\n  name: !!python/object/apply:os.system [id]\n  kind: person\n"},
    "anchor-and-alias": {"statements/one.yaml": st(position_of="&c [ua]", extra="  mentions: *c")},
    "yml-extension": {"statements/one.yml": st(id="doe-other")},
    "actor-kind": {"actors.yaml": "- id: jane-doe\n  name: Jane Doe\n  kind: persn\n  country: us\n"},
    "actor-unknown-country": {"actors.yaml": "- id: jane-doe\n  name: Jane Doe\n  kind: person\n  country: uss\n"},
    "aliases-not-a-list": {"actors.yaml": "- id: jane-doe\n  name: Jane Doe\n  kind: person\n  aliases: Janie\n"},
    "alias-empty": {"actors.yaml": "- id: jane-doe\n  name: Jane Doe\n  kind: person\n  aliases: [Janie, '']\n"},
    "url-javascript": {"sources.yaml": "- id: src\n  kind: article\n  date: 2025-03-22\n  url: javascript:alert(1)\n"},
    "url-data": {"sources.yaml": "- id: src\n  kind: article\n  date: 2025-03-22\n  url: data:text/html,x\n"},
    "source-kind": {"sources.yaml": "- id: src\n  kind: newspaper\n  date: 2025-03-22\n"},
    "country-three-letters": {"countries.yaml": "- id: ua\n  name: Ukraine\n- id: usa\n  name: United States\n- id: no\n  name: Norway\n"},
    "nato-member-maybe": {"countries.yaml": "- id: ua\n  name: Ukraine\n  nato_member: maybe\n- id: us\n  name: US\n- id: no\n  name: Norway\n"},
    "topic-without-stances": {"topics.yaml": "- id: nato-membership\n  title: Membership\n  question: Join?\n"},
    "duplicate-stance": {"topics.yaml": "- id: nato-membership\n  title: M\n  question: Q?\n  stances:\n    - {id: opposes, label: A}\n    - {id: opposes, label: B}\n"},
    "stance-without-label": {"topics.yaml": "- id: nato-membership\n  title: M\n  question: Q?\n  stances:\n    - id: opposes\n"},
    "correction-without-note": {"statements/one.yaml": st(extra="  corrections:\n    - date: 2025-03-25")},
    "position-of-not-a-list": {"statements/one.yaml": st(position_of="ua")},
    "nested-too-deep": {"statements/one.yaml": st(extra="  corrections: [[[[[[[x]]]]]]]")},
    "two-problems-in-two-files": {"statements/one.yaml": st(stance="maybe"), "actors.yaml": "- id: jane-doe\n  name: Jane Doe\n  kind: person\n  country: us\n  rol: Envoy\n"},
}
