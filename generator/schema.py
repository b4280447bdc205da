"""The data format, described once. Validation reads every record by this description, and
the JSON Schema files under schema/ (for editors' YAML language server) are generated from it.

Field types: `id`, `country-id`, `text`, `texts` (a list of text), `date`, `boolean`, `url`,
`choice` (one of `choices`), `ref` / `refs` (ids of records of kind `target`), `stance` (a
stance id of the record's topic) and `records` (a list of nested records of kind `target`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    doc: str
    required: bool = False
    choices: tuple[str, ...] = ()
    target: str = ""
    """For ref, refs and records: the kind of record."""


@dataclass(frozen=True)
class Kind:
    name: str
    file: str
    """Where records of this kind live under data/ (empty for nested kinds)."""
    doc: str
    fields: tuple[Field, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


def _id(doc: str) -> Field:
    return Field("id", "id", doc, required=True)


ACTOR_KINDS = ("person", "organization", "media")
SOURCE_KINDS = ("article", "interview", "speech", "statement", "report", "social-media", "reference")
VOICES = ("own", "reported", "view")
"""Whose position a statement gives: see the `voice` field and README, "Own or reported"."""
WORDINGS = ("as-printed", "verbatim", "translated", "paraphrased")
"""What a source says of the words it prints in quotation marks."""

KINDS = {
    "topic": Kind("topic", "topics.yaml", "A question the fact sheet tracks, with its vocabulary of stances.", (
        _id("The topic's id, e.g. nato-membership."),
        Field("title", "text", "Short title, e.g. Ukraine's membership in NATO.", required=True),
        Field("question", "text", "The question, e.g. Should Ukraine become a member of NATO?", required=True),
        Field("stances", "records", "The possible answers, ordered: the first is the most favourable.",
              required=True, target="stance"),
    )),
    "stance": Kind("stance", "", "One answer in a topic's vocabulary.", (
        _id("The stance's id, e.g. opposes."),
        Field("label", "text", "As shown, e.g. Opposes membership.", required=True),
    )),
    "country": Kind("country", "countries.yaml", "A country, by its ISO 3166-1 alpha-2 code.", (
        Field("id", "country-id", "ISO 3166-1 alpha-2 code in lower case, e.g. ua, us, no.", required=True),
        Field("name", "text", "e.g. United States.", required=True),
        Field("definite_article", "boolean", "true where the name takes `the` in a sentence: the United States."),
        Field("nato_member_since", "date", "The year it joined NATO, as nato_source gives it."),
        Field("nato_member", "boolean", "true or false, where nato_source says so without a date."),
        Field("nato_source", "ref", "Source id of the reference that gives nato_member_since or nato_member.",
              target="source"),
    )),
    "actor": Kind("actor", "actors.yaml", "A person, organisation or media outlet who speaks or is spoken of.", (
        _id("e.g. giorgia-meloni."),
        Field("name", "text", "e.g. Giorgia Meloni.", required=True),
        Field("kind", "choice", "person, organization or media.", required=True, choices=ACTOR_KINDS),
        Field("country", "ref", "Country id; leave out for international organisations.", target="country"),
        Field("role", "text", "As of the latest source, e.g. Italian Prime Minister."),
        Field("aliases", "texts", "Other spellings and scripts, e.g. [Володимир Зеленський]."),
        Field("description", "text", "One sentence."),
    )),
    "source": Kind("source", "sources.yaml", "Where statements were published.", (
        _id("e.g. article-2025-03-22."),
        Field("kind", "choice", "What it is; `reference` for a list such as NATO's member countries.",
              required=True, choices=SOURCE_KINDS),
        Field("date", "date", "When it was published; leave out if not known."),
        Field("title", "text", "As printed; leave out if the source gives none."),
        Field("publisher", "text", "Who published it."),
        Field("language", "text", "The language it is written in, as a code: en, uk, de."),
        Field("notes", "text", "What is known about it that no other field says, e.g. that it is a "
                               "secondary report of an interview."),
        Field("url", "url", "Its address: http or https only."),
        Field("archive_url", "url", "A snapshot, e.g. in a web archive, against link rot."),
        Field("accessed", "date", "When the url was last checked."),
    )),
    "statement": Kind("statement", "statements/*.yaml", "A dated position on a topic, quoted or paraphrased.", (
        _id("e.g. witkoff-zelensky-yermak-accepted-non-membership."),
        Field("date", "date", "When it was said (not when reported): 2025, 2025-03, 2025-02-12 or ../2025-03-22.",
              required=True),
        Field("speaker", "ref", "Actor id of who said it.", required=True, target="actor"),
        Field("topic", "ref", "Topic id.", required=True, target="topic"),
        Field("stance", "stance", "One of that topic's stance ids, within what was said.", required=True),
        Field("voice", "choice", "own: the speaker states their country's position in an official role; "
                                 "reported: the speaker says what position_of's countries hold; view: the "
                                 "speaker's own view or assessment, no country's position.",
              required=True, choices=VOICES),
        Field("position_of", "refs", "Country ids whose position this states: required with voice reported; "
                                     "with voice own, the speaker's country (the default).", target="country"),
        Field("hedges", "texts", "The speaker's qualifications, word for word from the quote or excerpt: "
                                 "[I think, largely], a condition."),
        Field("quote", "text", "The words as the source prints them in quotation marks."),
        Field("wording", "choice", "What the source says of the quote's words: as-printed (the default: it "
                                   "does not say), verbatim, translated or paraphrased.", choices=WORDINGS),
        Field("original", "text", "The speaker's original words, where known, for a translated quote."),
        Field("summary", "text", "One sentence in the fact sheet's own voice; required without a quote."),
        Field("excerpt", "text", "The passage of the source the summary rests on, word for word; required "
                                 "without a quote."),
        Field("occasion", "text", "Where it was said, e.g. Interview with Tucker Carlson."),
        Field("mentions", "refs", "Actor ids of people it mentions.", target="actor"),
        Field("source", "ref", "Source id.", required=True, target="source"),
        Field("corrections", "records", "The public record of every change of substance.", target="correction"),
    )),
    "correction": Kind("correction", "", "One change of substance to a statement.", (
        Field("date", "date", "When it was corrected.", required=True),
        Field("note", "text", "What changed, e.g. Date corrected from 2025-02 to 2025-03.", required=True),
    )),
}

TOP_LEVEL = ("topic", "source", "country", "actor", "statement")
"""The kinds with files of their own, in the order they are read (references point backwards)."""
