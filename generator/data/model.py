"""The fact sheet as typed, frozen records. No I/O: built by validate, read by the site (queries, plan).

Each attribute declared with `declare` is also a field of the data format: its type, what it is
for and whether it is required are written once, here; recordtypes.py lists the record types, and
validation and the editors' JSON Schemas both read these declarations. Attributes without a
declaration (`close_to_excerpt`) are derived by validate.py.

Records compare by identity (`eq=False`): each exists once, and pages ask "is this the same
actor?" thousands of times, which field-by-field equality would make slow."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.data.dates import Date as DateValue
from generator.data.errors import Location
from generator.data.fieldtypes import (
    Boolean,
    Choice,
    CountryCode,
    Date,
    Id,
    ListOf,
    Records,
    Ref,
    StanceRef,
    Text,
    Translatable,
    Translations,
    Url,
    declare,
)

ACTOR_KINDS = ("person", "organization", "media")
LEANINGS = ("for", "against", "neither")
"""What a stance answers to its topic's question (colours.py draws it so)."""
SOURCE_KINDS = ("article", "interview", "speech", "statement", "report", "social-media", "reference")
VOICES = ("own", "reported", "view")
"""Whose position a statement gives: see the `voice` field and README, "Own, reported, or a view"."""
WORDINGS = ("as-printed", "verbatim", "translated", "paraphrased")
"""What a source says of the words it prints in quotation marks."""

RECORD = dict(frozen=True, eq=False, kw_only=True)


@dataclass(**RECORD)
class Stance:
    """One answer in a topic's vocabulary."""

    id: str = declare(Id(), "The stance's id, e.g. opposes.", required=True)
    label: str = declare(Translatable(), "As shown, e.g. Opposes membership.", required=True)
    leaning: str = declare(Choice(LEANINGS), "What the stance answers to the topic's question: for, against or "
                                             "neither. It decides the stance's colour (blue for, orange against, "
                                             "grey neither); left out, the stance is drawn grey.")


@dataclass(**RECORD)
class Topic:
    """A question the fact sheet tracks, with its vocabulary of stances."""

    id: str = declare(Id(), "The topic's id, e.g. nato-membership.", required=True)
    title: str = declare(Translatable(), "Short title, e.g. Ukraine's membership in NATO.", required=True)
    question: str = declare(Translatable(), "The question, e.g. Should Ukraine become a member of NATO?", required=True)
    stances: tuple[Stance, ...] = declare(
        Records(Stance), "The possible answers, ordered: the first is the most favourable.", required=True)

    def stance(self, stance_id: str) -> Stance | None:
        return next((s for s in self.stances if s.id == stance_id), None)


@dataclass(**RECORD)
class Source:
    """Where statements, and reference facts, were published."""

    id: str = declare(Id(), "e.g. article-2025-03-22.", required=True)
    kind: str = declare(Choice(SOURCE_KINDS), "What it is; `reference` for a list such as NATO's member "
                                              "countries.", required=True)
    date: DateValue | None = declare(Date(), "When it was published; leave out if not known.")
    title: str = declare(Text(), "As printed; leave out if the source gives none.")
    """Empty where the source prints none; pages then name it by kind, publisher and date."""
    publisher: str = declare(Text(), "Who published it.")
    language: str = declare(Text(), "The language it is written in, as a code: en, uk, de.")
    notes: str = declare(Translatable(), "What is known about it that no other field says, e.g. that it is a "
                                 "secondary report of an interview.")
    url: str = declare(Url(), "Its address: http or https only.")
    archive_url: str = declare(Url(), "A snapshot, e.g. in a web archive, against link rot.")
    accessed: DateValue | None = declare(Date(), "When the url was last checked.")
    text: str = ""
    """Derived: what the source printed, as the fact sheet stores it (`data/texts/<id>.txt`),
    normalised (quotes.normalise); empty where no copy is stored. Its statements' quotes and
    excerpts are all found in it: `check` refuses any that is not."""
    text_file: str = ""
    """Derived: the stored copy's path as messages show it; empty where there is none."""

    @property
    def stored(self) -> bool:
        """Whether the fact sheet keeps a copy of what the source printed (and so checked its words)."""
        return bool(self.text_file)


@dataclass(**RECORD)
class Country:
    """A country, by its ISO 3166-1 alpha-2 code in lower case."""

    id: str = declare(CountryCode(), "ISO 3166-1 alpha-2 code in lower case, e.g. ua, us, no.", required=True)
    name: str = declare(Translatable(), "e.g. United States.", required=True)
    definite_article: bool | None = declare(
        Boolean(), "true where the name takes `the` in a sentence: the United States.")
    nato_member_since: DateValue | None = declare(Date(), "The year it joined NATO, as nato_source gives it.")
    nato_member: bool | None = declare(Boolean(), "true or false, where nato_source says so without a date.")
    """Stated membership; None where the sources do not say (and no date is given)."""
    nato_source: Source | None = declare(
        Ref("source"), "Source id of the reference that gives nato_member_since or nato_member.")

    @property
    def in_text(self) -> str:
        """The name as it reads inside a sentence: `the United States`, `Germany`."""
        return f"the {self.name}" if self.definite_article else self.name


@dataclass(**RECORD)
class Actor:
    """A person, organisation or media outlet who speaks or is spoken of."""

    id: str = declare(Id(), "e.g. giorgia-meloni.", required=True)
    name: str = declare(Translatable(), "e.g. Giorgia Meloni.", required=True)
    kind: str = declare(Choice(ACTOR_KINDS), "person, organization or media.", required=True)
    country: Country | None = declare(Ref("country"), "Country id; leave out for international organisations.")
    role: str = declare(Translatable(), "As of the latest source, e.g. Italian Prime Minister.")
    aliases: tuple[str, ...] = declare(ListOf(Text()), "Other spellings and scripts, e.g. [Володимир Зеленський].")
    description: str = declare(Translatable(), "One sentence.")


@dataclass(**RECORD)
class Correction:
    """A public record of one change of substance to a statement."""

    date: DateValue = declare(Date(), "When it was corrected.", required=True)
    note: str = declare(Translatable(), "What changed, e.g. Date corrected from 2025-02 to 2025-03.", required=True)


@dataclass(**RECORD)
class Printing:
    """One source's printing of a statement's words: another outlet may print the same remark in
    other words (a translation of its own, a transcript of its own)."""

    source: Source = declare(Ref("source"), "Source id of the outlet that printed these words.", required=True)
    quote: str = declare(Text(), "The words in quotation marks, as this source prints them.", required=True)


@dataclass(**RECORD)
class Statement:
    """A dated position on a topic, quoted or paraphrased, with its source."""

    id: str = declare(Id(), "e.g. witkoff-zelensky-yermak-accepted-non-membership.", required=True)
    date: DateValue = declare(Date(), "When it was said (not when reported): 2025, 2025-03, 2025-02-12 or "
                                      "../2025-03-22.", required=True)
    speaker: Actor = declare(Ref("actor"), "Actor id of who said it.", required=True)
    topic: Topic = declare(Ref("topic"), "Topic id.", required=True)
    stance: Stance = declare(StanceRef(), "One of that topic's stance ids, within what was said.", required=True)
    voice: str = declare(Choice(VOICES), "own: the speaker states their country's position in an official "
                                         "role; reported: the speaker says what position_of's countries hold; "
                                         "view: the speaker's own view or assessment, no country's position.",
                         required=True)
    position_of: tuple[Country, ...] = declare(
        ListOf(Ref("country")), "Country ids whose position this states: required with voice reported; with "
                                "voice own, the speaker's country (the default).")
    """For `own`, the speaker's country (defaulted); for `reported`, those the speaker reports;
    for `view`, none."""
    conditions: tuple[str, ...] = declare(
        ListOf(Text()), "What the stance holds only under, word for word from the quote or excerpt: [if there is "
                        "to be a peace agreement between Ukraine and Russia]. Part of the stance: shown with it.")
    hedges: tuple[str, ...] = declare(ListOf(Text()), "The speaker's qualifications, word for word from the "
                                                      "quote or excerpt: [I think, largely].")
    quote: str = declare(Text(), "The words as the source prints them in quotation marks.")
    wording: str = declare(Choice(WORDINGS), "What the source says of the quote's words: as-printed (the "
                                             "default: it does not say), verbatim, translated or paraphrased.")
    original: str = declare(Text(), "The speaker's original words, where known, for a translated quote.")
    quote_translation: tuple[tuple[str, str], ...] = declare(
        Translations(), "The fact sheet's own translation of the quote, by language: {uk: ...}. Shown in that "
                        "language's edition beside the quote, as the fact sheet's translation, never the "
                        "speaker's words.")
    summary: str = declare(Translatable(), "One sentence in the fact sheet's own voice; required without a quote.")
    excerpt: str = declare(Text(), "The passage of the source the summary rests on, word for word; required "
                                   "without a quote.")
    occasion: str = declare(Translatable(), "Where it was said, e.g. Interview with Tucker Carlson.")
    mentions: tuple[Actor, ...] = declare(ListOf(Ref("actor")), "Actor ids of people it mentions.")
    source: Source = declare(Ref("source"), "Source id.", required=True)
    printings: tuple[Printing, ...] = declare(
        Records(Printing), "Other sources' printings of the quote, each in its own words: - source: ..., quote: "
                           "... . Shown side by side with the quote; none is given as the speaker's own words.")
    corrections: tuple[Correction, ...] = declare(
        Records(Correction), "The public record of every change of substance.")
    close_to_excerpt: bool = False
    """Derived: the summary nearly repeats the excerpt's own sentence."""
    written_at: Location | None = None
    """Derived: where its record starts (its `id`), for the link to edit it."""

    @property
    def printed(self) -> tuple[Printing, ...]:
        """Every printing of its quote, its own source's first; none for a paraphrase."""
        return (Printing(source=self.source, quote=self.quote), *self.printings) if self.quote else ()

    @property
    def sources(self) -> tuple[Source, ...]:
        """Its source and the sources of the other printings."""
        return (self.source, *(p.source for p in self.printings))

    def is_own(self, country: Country) -> bool:
        """Whether this states `country`'s own position."""
        return self.voice == "own" and country in self.position_of

    @functools.cached_property
    def first_day(self) -> dt.date | None:
        """The first day it can have been said; None for a date given as on or before a day."""
        return None if self.date.before else self.date.first_day

    @functools.cached_property
    def last_day(self) -> dt.date:
        """The last day it can have been said: its date's last day, but never after a source's that
        printed it (said in "March 2025" and printed on 22 March 2025, it was said by the 22nd).
        Worked out once: the timeline and the downloads ask for it again and again."""
        return min([self.date.last_day] + [s.date.last_day for s in self.sources if s.date])

    @property
    def reported_for(self) -> tuple[Country, ...]:
        """The countries whose position the speaker reports for them."""
        return self.position_of if self.voice == "reported" else ()


@dataclass(frozen=True, eq=False)
class FactSheet:
    """Everything the site shows, complete before any page is written. Equal only to itself (its
    records are too), so that what is computed from it can be kept by it (queries.index)."""

    topics: tuple[Topic, ...]
    countries: tuple[Country, ...]
    actors: tuple[Actor, ...]
    sources: tuple[Source, ...]
    statements: tuple[Statement, ...]
    """In date order (see Date.sort_key), then by id."""
    where: Mapping[str, Location] = field(default_factory=dict)
    """Where each statement's id (`ID`) and words (`ID.quote`, `ID.excerpt`) are written, for
    messages after validation."""
