"""The corpus of bad inputs, each with what `python -m generator check` answers: each case's
files are written over the minimal data; `check` then exits with its code and prints exactly its
located messages, then the count (tests/test_bad_inputs.py). Reviewed by hand; keep them exact."""

from __future__ import annotations

from dataclasses import dataclass

from conftest import minimal_statement as st


@dataclass(frozen=True)
class Case:
    """A bad input and its answer."""

    files: dict[str, str]
    """Data files written over the minimal data, by their path under data/."""
    exit: int
    messages: list[str]
    """Every message `check` prints, in order, before the count."""


ZWSP, RLO = "\u200b", "\u202e"
SOURCES2 = "- id: src\n  kind: article\n  date: 2025-03-22\n- id: wire\n  kind: article\n  date: 2025-03-23\n"
"""The minimal data's source, and a second one (another outlet's printing)."""

CASES = {
    "unknown-speaker": Case(
        {"statements/one.yaml": st(speaker="jane-do")},
        1, [
            'data/statements/one.yaml:3:12: record doe-opposes: speaker: no actor has the id `jane-do`; did you mean `jane-doe`?',
        ]),
    "unknown-topic": Case(
        {"statements/one.yaml": st(topic="membership")},
        1, [
            'data/statements/one.yaml:4:10: record doe-opposes: topic: no topic has the id `membership`; did you mean `nato-membership`?',
        ]),
    "unknown-stance": Case(
        {"statements/one.yaml": st(stance="oppose")},
        1, [
            'data/statements/one.yaml:5:11: record doe-opposes: stance: `oppose` is not a stance of topic `nato-membership` (supports, opposes); did you mean `opposes`?',
        ]),
    "unknown-source": Case(
        {"statements/one.yaml": st(source="srcc")},
        1, [
            'data/statements/one.yaml:8:11: record doe-opposes: source: no source has the id `srcc`; did you mean `src`?',
        ]),
    "unknown-position-country": Case(
        {"statements/one.yaml": st(position_of="[ua, xx]")},
        1, [
            'data/statements/one.yaml:6:21: record doe-opposes: position_of: no country has the id `xx`',
        ]),
    "unknown-mention": Case(
        {"statements/one.yaml": st(extra="  mentions: [jane-dough]")},
        1, [
            'data/statements/one.yaml:10:14: record doe-opposes: mentions: no actor has the id `jane-dough`; did you mean `jane-doe`?',
        ]),
    "missing-date": Case(
        {"statements/one.yaml": st(date=None)},
        1, [
            'data/statements/one.yaml:1:3: record doe-opposes: date: missing; this field is required',
        ]),
    "missing-speaker": Case(
        {"statements/one.yaml": st(speaker=None)},
        1, [
            'data/statements/one.yaml:1:3: record doe-opposes: speaker: missing; this field is required',
        ]),
    "missing-stance": Case(
        {"statements/one.yaml": st(stance=None)},
        1, [
            'data/statements/one.yaml:1:3: record doe-opposes: stance: missing; this field is required',
        ]),
    "neither-quote-nor-summary": Case(
        {"statements/one.yaml": st(quote=None)},
        1, [
            'data/statements/one.yaml:1:3: record doe-opposes: summary: missing; a statement without a quote needs a summary',
        ]),
    "empty-summary": Case(
        {"statements/one.yaml": st(quote=None, extra='  summary: ""')},
        1, [
            'data/statements/one.yaml:9:12: record doe-opposes: summary: is empty; write the text or remove the field',
        ]),
    "blank-quote": Case(
        {"statements/one.yaml": st(quote='"   "')},
        1, [
            'data/statements/one.yaml:7:10: record doe-opposes: quote: is empty; write the text or remove the field',
        ]),
    "impossible-date": Case(
        {"statements/one.yaml": st(date="2025-02-30")},
        1, [
            'data/statements/one.yaml:2:9: record doe-opposes: date: `2025-02-30` is not a date that exists',
        ]),
    "timestamp": Case(
        {"statements/one.yaml": st(date="2025-02-12T10:30:00")},
        1, [
            'data/statements/one.yaml:2:9: record doe-opposes: date: `2025-02-12T10:30:00` is not a date such as 2025, 2025-03, 2025-02-12 or ../2025-03-22',
        ]),
    "date-in-words": Case(
        {"statements/one.yaml": st(date="March 2025")},
        1, [
            'data/statements/one.yaml:2:9: record doe-opposes: date: `March 2025` is not a date such as 2025, 2025-03, 2025-02-12 or ../2025-03-22',
        ]),
    "month-13": Case(
        {"statements/one.yaml": st(date="2025-13")},
        1, [
            'data/statements/one.yaml:2:9: record doe-opposes: date: `2025-13` is not a date that exists',
        ]),
    "id-upper-case": Case(
        {"statements/one.yaml": st(id="Doe-Opposes")},
        1, [
            'data/statements/one.yaml:1:7: record Doe-Opposes: id: `Doe-Opposes` is not a valid id; expected lower-case letters, digits and single hyphens, such as `steve-witkoff`',
        ]),
    "id-zero-width-space": Case(
        {"statements/one.yaml": st(id=f'"doe{ZWSP}-opposes"')},
        1, [
            'data/statements/one.yaml:1:7: record doe\u200b-opposes: id: `doe\u200b-opposes` contains invisible characters (U+200B); retype the id',
        ]),
    "id-bidi-override": Case(
        {"statements/one.yaml": st(id=f'"doe-{RLO}sesoppo"')},
        1, [
            'data/statements/one.yaml:1:7: record doe-\\u202esesoppo: id: `doe-\\u202esesoppo` contains invisible characters (U+202E); retype the id',
        ]),
    "duplicate-key": Case(
        {"statements/one.yaml": st(extra="  quote: Again.")},
        1, [
            'data/statements/one.yaml:10:3: duplicate key `quote` (first at line 7); keep one',
        ]),
    "unknown-field-near-miss": Case(
        {"statements/one.yaml": st(extra="  summery: A summary.")},
        1, [
            'data/statements/one.yaml:10:3: record doe-opposes: summery: unknown field; expected one of `id`, `date`, `speaker`, `topic`, `stance`, `voice`, `position_of`, `conditions`, `hedges`, `quote`, `wording`, `original`, `quote_translation`, `summary`, `excerpt`, `occasion`, `mentions`, `source`, `printings`, `corrections`; did you mean `summary`?',
        ]),
    "comment-cuts-quote": Case(
        {"statements/one.yaml": st(quote="We said no # and then yes")},
        1, [
            'data/statements/one.yaml:7:10: record doe-opposes: quote: YAML drops `# and then yes` from this text as a comment, and would publish it cut short; put the whole text in quotes',
        ]),
    "colon-in-unquoted-text": Case(
        {"statements/one.yaml": st(extra="  summary: He said: no")},
        1, [
            'data/statements/one.yaml:10:19: not valid YAML: mapping values are not allowed in this context; a text containing `: ` must be in quotes',
        ]),
    "tab-indentation": Case(
        {"statements/one.yaml": st().replace("  source:", "\tsource:")},
        1, [
            'data/statements/one.yaml:8:1: not valid YAML: while scanning a plain scalar found a tab character that violates indentation; indent with spaces, not tabs',
        ]),
    "file-is-a-mapping": Case(
        {"topics.yaml": "id: nato-membership\ntitle: Membership\n"},
        1, [
            'data/topics.yaml:1:1: the file must be a list of records, each starting with `- id:`',
        ]),
    "file-is-text": Case(
        {"sources.yaml": "just some text\n"},
        1, [
            'data/sources.yaml:1:1: the file must be a list of records, each starting with `- id:`',
        ]),
    "record-is-text": Case(
        {"sources.yaml": "- src\n"},
        1, [
            'data/sources.yaml:1:3: #1: a record must be fields such as `id: ...`',
        ]),
    "same-id-twice-in-a-file": Case(
        {"statements/one.yaml": st() + st().replace("- id:", "- id:", 1)},
        1, [
            'data/statements/one.yaml:10:7: record doe-opposes: id: the statement id `doe-opposes` is already used by an older record at data/statements/one.yaml:1:7; give this one an id of its own',
        ]),
    "same-id-in-two-files": Case(
        {"statements/two.yaml": st()},
        1, [
            'data/statements/two.yaml:1:7: record doe-opposes: id: the statement id `doe-opposes` is already used by an older record at data/statements/one.yaml:1:7; give this one an id of its own',
        ]),
    "yaml-tag": Case(
        {"actors.yaml": "- id: jane-doe\n  name: !!python/object/apply:os.system [id]\n  kind: person\n"},
        1, [
            'data/actors.yaml:2:9: YAML tags such as !!python/object/apply:os.system are not supported; remove the tag',
            'data/actors.yaml:2:9: record jane-doe: name: expected text, or its versions by language such as '
            '{en: ..., uk: ...}, found a list',
        ]),
    "anchor-and-alias": Case(
        {"statements/one.yaml": st(position_of="&c [ua]", extra="  mentions: *c")},
        1, [
            'data/statements/one.yaml:6:16: anchors and aliases (& and *) are not supported; write the value out',
            'data/statements/one.yaml:6:20: record doe-opposes: mentions: no actor has the id `ua`',
            'data/statements/one.yaml:10:13: anchors and aliases (& and *) are not supported; write the value out',
        ]),
    "yml-extension": Case(
        {"statements/one.yml": st(id="doe-other")},
        1, [
            'data/statements/one.yml: rename the file to end in .yaml',
        ]),
    "actor-kind": Case(
        {"actors.yaml": "- id: jane-doe\n  name: Jane Doe\n  kind: persn\n  country: us\n"},
        1, [
            'data/actors.yaml:3:9: record jane-doe: kind: `persn` is not one of `person`, `organization`, `media`; did you mean `person`?',
        ]),
    "actor-unknown-country": Case(
        {"actors.yaml": "- id: jane-doe\n  name: Jane Doe\n  kind: person\n  country: uss\n"},
        1, [
            'data/actors.yaml:4:12: record jane-doe: country: `uss` is not a valid id; expected a two-letter ISO 3166-1 country code in lower case, such as `ua`',
        ]),
    "aliases-not-a-list": Case(
        {"actors.yaml": "- id: jane-doe\n  name: Jane Doe\n  kind: person\n  aliases: Janie\n"},
        1, [
            'data/actors.yaml:4:12: record jane-doe: aliases: expected a list, such as [a, b] or lines starting with `- `',
        ]),
    "alias-empty": Case(
        {"actors.yaml": "- id: jane-doe\n  name: Jane Doe\n  kind: person\n  aliases: [Janie, '']\n"},
        1, [
            'data/actors.yaml:4:20: record jane-doe: aliases[1]: is empty; write the text or remove the field',
        ]),
    "url-javascript": Case(
        {"sources.yaml": "- id: src\n  kind: article\n  date: 2025-03-22\n  url: javascript:alert(1)\n"},
        1, [
            'data/sources.yaml:4:8: record src: url: `javascript:alert(1)` is not a web address starting http:// or https://',
        ]),
    "url-data": Case(
        {"sources.yaml": "- id: src\n  kind: article\n  date: 2025-03-22\n  url: data:text/html,x\n"},
        1, [
            'data/sources.yaml:4:8: record src: url: `data:text/html,x` is not a web address starting http:// or https://',
        ]),
    "source-kind": Case(
        {"sources.yaml": "- id: src\n  kind: newspaper\n  date: 2025-03-22\n"},
        1, [
            'data/sources.yaml:2:9: record src: kind: `newspaper` is not one of `article`, `interview`, `speech`, `statement`, `report`, `social-media`, `reference`',
        ]),
    "country-three-letters": Case(
        {"countries.yaml": "- id: ua\n  name: Ukraine\n- id: usa\n  name: United States\n- id: no\n  name: Norway\n"},
        1, [
            'data/actors.yaml:4:12: record jane-doe: country: no country has the id `us`; did you mean `usa`?',
            'data/countries.yaml:3:7: record usa: id: `usa` is not a valid id; expected a two-letter ISO 3166-1 country code in lower case, such as `ua`',
        ]),
    "nato-member-maybe": Case(
        {"countries.yaml": "- id: ua\n  name: Ukraine\n  nato_member: maybe\n- id: us\n  name: US\n- id: no\n  name: Norway\n"},
        1, [
            'data/countries.yaml:3:16: record ua: nato_member: `maybe` is not true or false',
        ]),
    "topic-without-stances": Case(
        {"topics.yaml": "- id: nato-membership\n  title: Membership\n  question: Join?\n"},
        1, [
            'data/topics.yaml:1:3: record nato-membership: stances: missing; this field is required',
        ]),
    "duplicate-stance": Case(
        {"topics.yaml": "- id: nato-membership\n  title: M\n  question: Q?\n  stances:\n    - {id: opposes, label: A}\n    - {id: opposes, label: B}\n"},
        1, [
            'data/topics.yaml:6:7: record nato-membership: stances: the stance id `opposes` is used twice',
        ]),
    "stance-without-label": Case(
        {"topics.yaml": "- id: nato-membership\n  title: M\n  question: Q?\n  stances:\n    - id: opposes\n"},
        1, [
            'data/topics.yaml:5:7: record nato-membership: stances[0].label: missing; this field is required',
        ]),
    "stance-leaning-unknown": Case(
        {"topics.yaml": "- id: nato-membership\n  title: M\n  question: Q?\n  stances:\n    - id: supports\n"
                        "      label: Supports\n      leaning: pro\n    - id: opposes\n      label: Opposes\n"},
        1, [
            'data/topics.yaml:7:16: record nato-membership: stances[0].leaning: `pro` is not one of `for`, `against`, `neither`',
        ]),
    "correction-without-note": Case(
        {"statements/one.yaml": st(extra="  corrections:\n    - date: 2025-03-25")},
        1, [
            'data/statements/one.yaml:11:7: record doe-opposes: corrections[0].note: missing; this field is required',
        ]),
    "position-of-not-a-list": Case(
        {"statements/one.yaml": st(position_of="ua")},
        1, [
            'data/statements/one.yaml:6:16: record doe-opposes: position_of: expected a list, such as [a, b] or lines starting with `- `',
        ]),
    "nested-too-deep": Case(
        {"statements/one.yaml": st(extra="  corrections: [[[[[[[x]]]]]]]")},
        1, [
            'data/statements/one.yaml:10:17: record doe-opposes: corrections[0]: expected fields `date`, `note`',
            'data/statements/one.yaml:10:22: nested deeper than the format allows (8 levels)',
        ]),
    "control-character-in-text": Case(
        {"statements/one.yaml": st(quote='"We said \\x02no\\x03."')},
        1, [
            'data/statements/one.yaml:7:10: record doe-opposes: quote: contains control characters (U+0002, U+0003); retype the text',
        ]),
    "hidden-characters-in-text": Case(
        {"statements/one.yaml": st(quote='"We said\u200b no.\u202e"')},
        1, [
            'data/statements/one.yaml:7:10: record doe-opposes: quote: contains characters that show as nothing or '
            'reorder the text (U+200B ZERO WIDTH SPACE, U+202E RIGHT-TO-LEFT OVERRIDE); delete them (they come with '
            'text pasted from web pages and PDFs)',
        ]),
    "text-given-a-mapping": Case(
        {"statements/one.yaml": st(quote="{text: We said no.}")},
        1, [
            'data/statements/one.yaml:7:10: record doe-opposes: quote: expected text, found a mapping',
        ]),
    "missing-source": Case(
        {"statements/one.yaml": st(source=None)},
        1, [
            'data/statements/one.yaml:1:3: record doe-opposes: source: missing; this field is required',
        ]),
    "position-of-upper-case": Case(
        {"statements/one.yaml": st(position_of="[UA]")},
        1, [
            'data/statements/one.yaml:6:17: record doe-opposes: position_of[0]: `UA` is not a valid id; expected a two-letter ISO 3166-1 country code in lower case, such as `ua`',
        ]),
    "unclosed-bracket": Case(
        {"topics.yaml": "- id: [unclosed\n"},
        1, [
            "data/topics.yaml:2:1: not valid YAML: while parsing a flow sequence did not find expected ',' or ']'",
        ]),
    "voice-missing": Case(
        {"statements/one.yaml": st(voice=None)},
        1, [
            'data/statements/one.yaml:1:3: record doe-opposes: voice: missing; this field is required',
        ]),
    "voice-unknown": Case(
        {"statements/one.yaml": st(voice="official")},
        1, [
            'data/statements/one.yaml:9:10: record doe-opposes: voice: `official` is not one of `own`, `reported`, `view`',
        ]),
    "reported-without-position-of": Case(
        {"statements/one.yaml": st(position_of=None)},
        1, [
            'data/statements/one.yaml:1:3: record doe-opposes: position_of: missing; a reported position names the countries whose position the speaker reports, e.g. position_of: [de, hu]',
        ]),
    "reported-position-of-empty": Case(
        {"statements/one.yaml": st(position_of="[]")},
        1, [
            'data/statements/one.yaml:6:16: record doe-opposes: position_of: missing; a reported position names the countries whose position the speaker reports, e.g. position_of: [de, hu]',
        ]),
    "view-with-position-of": Case(
        {"statements/one.yaml": st(voice="view")},
        1, [
            "data/statements/one.yaml:6:16: record doe-opposes: position_of: a view states no country's position; remove position_of, or say `voice: own` or `voice: reported`",
        ]),
    "own-position-of-another-country": Case(
        {"statements/one.yaml": st(voice="own")},
        1, [
            "data/statements/one.yaml:6:16: record doe-opposes: position_of: an own position is that of the speaker's country (`us`); for other countries' positions say `voice: reported`",
        ]),
    "hedge-not-in-the-words": Case(
        {"statements/one.yaml": st(extra="  hedges: [I believe]")},
        1, [
            "data/statements/one.yaml:10:12: record doe-opposes: hedges[0]: `I believe` is not in the quote or the excerpt; a hedge is the speaker's words as printed",
        ]),
    "condition-not-in-the-words": Case(
        {"statements/one.yaml": st(extra="  conditions: [if asked]")},
        1, [
            "data/statements/one.yaml:10:16: record doe-opposes: conditions[0]: `if asked` is not in the quote or the excerpt; a condition is the speaker's words as printed",
        ]),
    "printing-not-in-its-own-stored-text": Case(
        {"sources.yaml": SOURCES2, "texts/wire.txt": 'Doe said: "We have said no."\n',
         "statements/one.yaml": st(extra="  printings:\n    - source: wire\n      quote: We said no.")},
        1, [
            'data/statements/one.yaml:12:14: record doe-opposes: printings[0].quote: not found in data/texts/wire.txt; the closest passage (80% alike) reads: «have said no."»; the words that differ: «We» → «have»; «no.» → «no."»',
        ]),
    "printing-by-the-statements-own-source": Case(
        {"statements/one.yaml": st(extra="  printings:\n    - source: src\n      quote: We said no.")},
        1, [
            'data/statements/one.yaml:11:15: record doe-opposes: printings[0].source: `src` is already cited by this statement; each printing is another source\'s',
        ]),
    "printing-without-a-quote": Case(
        {"sources.yaml": SOURCES2, "statements/one.yaml": st(
            quote=None, extra="  summary: She said no.\n  excerpt: We said no.\n  printings:\n    - source: wire\n"
                              "      quote: We said no.")},
        1, [
            'data/statements/one.yaml:12:5: record doe-opposes: printings: other printings of the quote need the quote itself; write `quote:` as the statement\'s source prints it',
        ]),
    "printing-in-an-unknown-source": Case(
        {"statements/one.yaml": st(extra="  printings:\n    - source: wir\n      quote: We said no.")},
        1, [
            'data/statements/one.yaml:11:15: record doe-opposes: printings[0].source: no source has the id `wir`',
        ]),
    "printing-without-its-words": Case(
        {"sources.yaml": SOURCES2, "statements/one.yaml": st(extra="  printings:\n    - source: wire")},
        1, [
            'data/statements/one.yaml:11:7: record doe-opposes: printings[0].quote: missing; this field is required',
        ]),
    "summary-without-excerpt": Case(
        {"statements/one.yaml": st(quote=None, extra="  summary: She said no.")},
        1, [
            'data/statements/one.yaml:9:12: record doe-opposes: excerpt: missing; a summary without a quote needs the passage of the source it rests on, word for word (excerpt: ...)',
        ]),
    "original-without-translation": Case(
        {"statements/one.yaml": st(extra="  original: Nein.")},
        1, [
            'data/statements/one.yaml:10:13: record doe-opposes: original: only a translated quote has an original; say `wording: translated`',
        ]),
    "wording-without-quote": Case(
        {"statements/one.yaml": st(quote=None, extra="  summary: S.\n  excerpt: E.\n  wording: translated")},
        1, [
            'data/statements/one.yaml:11:12: record doe-opposes: wording: only a quote has this; add the quote or remove the field',
        ]),
    "nato-status-without-source": Case(
        {"countries.yaml": "- id: ua\n  name: Ukraine\n- id: us\n  name: US\n  nato_member_since: 1949\n- id: no\n  name: Norway\n"},
        1, [
            'data/countries.yaml:5:22: record us: nato_source: missing; nato_member_since needs the source that gives it (nato_source: a source id from data/sources.yaml)',
        ]),
    "nato-source-without-status": Case(
        {"countries.yaml": "- id: ua\n  name: Ukraine\n  nato_source: src\n- id: us\n  name: US\n- id: no\n  name: Norway\n"},
        1, [
            'data/countries.yaml:3:16: record ua: nato_source: gives nothing: add nato_member_since or nato_member',
        ]),
    "nato-source-unknown": Case(
        {"countries.yaml": "- id: ua\n  name: Ukraine\n  nato_member: false\n  nato_source: nato\n- id: us\n  name: US\n- id: no\n  name: Norway\n"},
        1, [
            'data/countries.yaml:4:16: record ua: nato_source: no source has the id `nato`',
        ]),
    "misspelt-quote": Case(
        {"statements/one.yaml": st().replace("  quote:", "  qoute:")},
        1, [
            'data/statements/one.yaml:7:3: record doe-opposes: qoute: unknown field; expected one of `id`, `date`, `speaker`, `topic`, `stance`, `voice`, `position_of`, `conditions`, `hedges`, `quote`, `wording`, `original`, `quote_translation`, `summary`, `excerpt`, `occasion`, `mentions`, `source`, `printings`, `corrections`; did you mean `quote`?',
        ]),
    "misspelt-required-field": Case(
        {"statements/one.yaml": st().replace("  speaker:", "  speakr:")},
        1, [
            'data/statements/one.yaml:3:3: record doe-opposes: speakr: unknown field; expected one of `id`, `date`, `speaker`, `topic`, `stance`, `voice`, `position_of`, `conditions`, `hedges`, `quote`, `wording`, `original`, `quote_translation`, `summary`, `excerpt`, `occasion`, `mentions`, `source`, `printings`, `corrections`; did you mean `speaker`?',
        ]),
    "optional-field-left-empty": Case(
        {"actors.yaml": "- id: jane-doe\n  name: Jane Doe\n  kind: person\n  country: us\n  role:\n"},
        1, [
            'data/actors.yaml:5:3: record jane-doe: role: is empty; fill it in, or remove the line if the source does not give it',
        ]),
    "skeleton-placeholder-id": Case(
        {"actors.yaml": "- id: new-actor\n  name: Jane Doe\n  kind: person\n"},
        1, [
            'data/actors.yaml:1:7: record new-actor: id: `new-actor` is the placeholder `new` gave this record; give it an id of its own, which becomes its web address',
            'data/statements/one.yaml:3:12: record doe-opposes: speaker: no actor has the id `jane-doe`',
        ]),
    "accessed-without-url": Case(
        {"sources.yaml": "- id: src\n  kind: article\n  date: 2025-03-22\n  accessed: 2025-03-23\n"},
        1, [
            'data/sources.yaml:4:13: record src: accessed: says when the address was checked, but there is no url; add the url or remove accessed',
        ]),
    "statement-after-its-source": Case(
        {"statements/one.yaml": st(date="2025-04")},
        1, [
            'data/statements/one.yaml:2:9: record doe-opposes: date: `2025-04` is after its source `src` (22 March 2025); a source cannot report what was said later',
        ]),
    "statement-in-the-future": Case(
        {"statements/one.yaml": st(date="2999-01-01")},
        1, [
            'data/statements/one.yaml:2:9: record doe-opposes: date: `2999-01-01` is in the future; date it when it was said or published',
        ]),
    "quote-never-closed": Case(
        {"statements/one.yaml": st(quote='"We said no.')},
        1, [
            'data/statements/one.yaml:7:10: a text opened with a quotation mark here is never closed; add the closing mark where the text ends',
        ]),
    "field-indented-too-far": Case(
        {"statements/one.yaml": st().replace("  stance:", "    stance:")},
        1, [
            'data/statements/one.yaml:5:1: `stance:` is indented more than the field above it; the fields of a record start in the same column (here 3), under its `id`',
        ]),
    "field-indented-too-little": Case(
        {"statements/one.yaml": st().replace("  stance:", " stance:")},
        1, [
            'data/statements/one.yaml:5:1: `stance:` is indented less than the field above it; the fields of a record start in the same column (here 3), under its `id`',
        ]),
    "field-at-the-margin": Case(
        {"statements/one.yaml": st().replace("  stance:", "stance:")},
        1, [
            'data/statements/one.yaml:5:1: `stance:` starts at the margin; a field belongs to its record: indent it like the fields above',
        ]),
    "quote-not-in-stored-text": Case(
        {"texts/src.txt": 'Doe said: "We said yes."\nUnited States 1949\n'},
        1, [
            'data/statements/one.yaml:7:10: record doe-opposes: quote: not found in data/texts/src.txt; the closest passage (56% alike) reads: «said: "We said»; the words that differ: «We» → «said: "We»; «no.» → «…»',
        ]),
    "stored-text-of-no-source": Case(
        {"texts/scr.txt": "The text.\n"},
        1, [
            'data/texts/scr.txt: no source has the id `scr`; did you mean `src`?; a stored text is named <source-id>.txt',
        ]),
    "stored-text-not-txt": Case(
        {"texts/src.pdf": "%PDF-1.4\n"},
        1, [
            'data/texts/src.pdf: a stored text is a plain-text file named after its source: texts/<source-id>.txt',
        ]),
    "nato-year-not-in-reference-text": Case(
        {"texts/src.txt": "We said no.\nUnited States 1950\n"},
        1, [
            'data/countries.yaml:5:22: record us: nato_member_since: data/texts/src.txt has no line that names United States with `1949`; a NATO status is recorded as its reference gives it',
        ]),
    "field-indented-too-far-after-a-comment": Case(
        {"statements/one.yaml": st().replace(
            "  speaker: jane-doe", "  speaker: jane-doe  # who said it").replace("  stance:", "    stance:")},
        1, [
            'data/statements/one.yaml:5:1: `stance:` is indented more than the field above it; the fields of a record start in the same column (here 3), under its `id`',
        ]),
    "dash-without-space": Case(
        {"statements/one.yaml": st().replace("- id:", "-id:")},
        1, [
            'data/statements/one.yaml:1:1: `-id:` needs a space after the dash: write `- id:`',
        ]),
    "date-day-first": Case(
        {"statements/one.yaml": st(date="12/02/2025")},
        1, [
            'data/statements/one.yaml:2:9: record doe-opposes: date: `12/02/2025` is not a date such as 2025, 2025-03, 2025-02-12 or ../2025-03-22; did you mean 2025-02-12 (day first) or 2025-12-02 (month first)?',
        ]),
    "two-problems-in-two-files": Case(
        {"statements/one.yaml": st(stance="maybe"), "actors.yaml": "- id: jane-doe\n  name: Jane Doe\n  kind: person\n  country: us\n  rol: Envoy\n"},
        1, [
            'data/actors.yaml:5:3: record jane-doe: rol: unknown field; expected one of `id`, `name`, `kind`, `country`, `role`, `aliases`, `description`; did you mean `role`?',
            'data/statements/one.yaml:5:11: record doe-opposes: stance: `maybe` is not a stance of topic `nato-membership` (supports, opposes)',
        ]),
    "control-character-pasted": Case(
        {"statements/one.yaml": st(quote="We said\x07 no.")},
        1, [
            'data/statements/one.yaml:7:17: the character U+0007 (BEL) is not allowed in a YAML file (often pasted from a word processor or a PDF); delete it',
        ]),
    "noncharacter-as-escape": Case(
        {"statements/one.yaml": st(quote='"We said \\uFFFE no."')},
        1, [
            'data/statements/one.yaml:7:10: the value holds U+FFFE, which no web page or feed may hold (written as an escape such as \\uFFFE); remove the escape',
        ]),
    "nesting-too-deep": Case(
        {"statements/one.yaml": st(extra="  mentions: " + "[" * 30000 + "]" * 30000)},
        1, [
            'data/statements/one.yaml:10:20: nested deeper than the format allows (8 levels)',
        ]),
    "terminal-escape-in-value": Case(
        {"statements/one.yaml": st(speaker='"jane\\e[2Jdoe"')},
        1, [
            'data/statements/one.yaml:3:12: record doe-opposes: speaker: `jane\\x1b[2Jdoe` is not a valid id; expected lower-case letters, digits and single hyphens, such as `steve-witkoff`',
        ]),
    "line-break-in-value": Case(
        {"statements/one.yaml": st(speaker='"jane\\ndoe"')},
        1, [
            'data/statements/one.yaml:3:12: record doe-opposes: speaker: `jane\\ndoe` is not a valid id; expected lower-case letters, digits and single hyphens, such as `steve-witkoff`',
        ]),
    "correction-in-the-future": Case(
        {"statements/one.yaml": st(extra="  corrections:\n    - date: 2999-01-01\n      note: Date corrected.")},
        1, [
            'data/statements/one.yaml:11:13: record doe-opposes: corrections[0].date: `2999-01-01` is in the future; date the correction when it was made',
        ]),
    "correction-before-the-statement": Case(
        {"statements/one.yaml": st(extra="  corrections:\n    - date: 2024-01-01\n      note: Date corrected.")},
        1, [
            'data/statements/one.yaml:11:13: record doe-opposes: corrections[0].date: `2024-01-01` is before the statement was made (12 February 2025); a correction comes after what it corrects',
        ]),
    "accessed-in-the-future": Case(
        {"sources.yaml": "- id: src\n  kind: article\n  date: 2025-03-22\n  url: https://example.org/a\n  accessed: 2999-01-01\n"},
        1, [
            'data/sources.yaml:5:13: record src: accessed: `2999-01-01` is in the future; write the day the address was last checked',
        ]),
    "yaml-in-capitals": Case(
        {"statements/two.YAML": st(id="doe-other")},
        1, [
            'data/statements/two.YAML: rename the file to end in .yaml',
        ]),
    "statements-in-a-subfolder": Case(
        {"statements/old/two.yaml": st(id="doe-other")},
        1, [
            'data/statements/old/two.yaml: the files of statements/ are read only where they stand directly in it; move this one there',
        ]),
    "stray-file-in-data": Case(
        {"notes.txt": "To do: add Poland.\n"},
        1, [
            'data/notes.txt: not a file of the fact sheet, which reads topics.yaml, sources.yaml, countries.yaml, actors.yaml, statements/*.yaml and texts/<source-id>.txt; move or delete it',
        ]),
}
