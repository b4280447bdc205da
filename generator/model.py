"""The fact sheet as typed, frozen records. No I/O: built by validate, read by pages.

Records compare by identity (`eq=False`): each exists once, and pages ask "is this the same
actor?" thousands of times, which field-by-field equality would make slow."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.dates import Date
from generator.errors import Location


@dataclass(frozen=True, eq=False)
class Stance:
    """One answer in a topic's vocabulary, e.g. `opposes`."""

    id: str
    label: str


@dataclass(frozen=True, eq=False)
class Topic:
    """A question the fact sheet tracks."""

    id: str
    title: str
    question: str
    stances: tuple[Stance, ...]
    """Ordered: the first is the most favourable."""

    def stance(self, stance_id: str) -> Stance | None:
        return next((s for s in self.stances if s.id == stance_id), None)


@dataclass(frozen=True, eq=False)
class Source:
    """Where statements were published."""

    id: str
    kind: str
    date: Date | None = None
    """None where not known."""
    title: str = ""
    """Empty where the source prints none; pages then name it by kind, publisher and date."""
    publisher: str = ""
    language: str = ""
    notes: str = ""
    url: str = ""
    archive_url: str = ""
    accessed: Date | None = None


@dataclass(frozen=True, eq=False)
class Country:
    """A country, by its ISO 3166-1 alpha-2 code in lower case."""

    id: str
    name: str
    definite_article: bool | None = None
    """The name takes `the` in a sentence (the United States)."""
    nato_member_since: Date | None = None
    nato_member: bool | None = None
    """Stated membership; None where the sources do not say (and no date is given)."""
    nato_source: Source | None = None
    """The reference that gives the NATO status; set whenever a status is."""

    @property
    def in_text(self) -> str:
        """The name as it reads inside a sentence: `the United States`, `Germany`."""
        return f"the {self.name}" if self.definite_article else self.name


@dataclass(frozen=True, eq=False)
class Actor:
    """A person, organisation or media outlet that speaks or is spoken of."""

    id: str
    name: str
    kind: str
    """person | organization | media"""
    country: Country | None = None
    role: str = ""
    """As of the latest source; empty where the sources do not give one."""
    aliases: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Correction:
    """A public record of one change of substance to a statement."""

    date: Date
    note: str


@dataclass(frozen=True, eq=False)
class Statement:
    """A dated position on a topic, quoted or paraphrased, with its source."""

    id: str
    date: Date
    speaker: Actor
    topic: Topic
    stance: Stance
    source: Source
    voice: str
    """own | reported | view: see VOICES in schema.py and the README's rule."""
    position_of: tuple[Country, ...]
    """The countries whose position this states: for `own`, the speaker's country (defaulted);
    for `reported`, those the speaker reports; for `view`, none."""
    hedges: tuple[str, ...] = ()
    """The speaker's qualifications, word for word (`I think`, `largely`, a condition)."""
    quote: str = ""
    wording: str = "as-printed"
    """What the source says of the quote's words: as-printed, verbatim, translated, paraphrased."""
    original: str = ""
    summary: str = ""
    excerpt: str = ""
    """The source's passage that the summary rests on (always present without a quote)."""
    close_to_excerpt: bool = False
    """The summary is nearly the excerpt's own sentence."""
    occasion: str = ""
    mentions: tuple[Actor, ...] = ()
    corrections: tuple[Correction, ...] = ()

    def is_own(self, country: Country) -> bool:
        """Whether this states `country`'s own position."""
        return self.voice == "own" and country in self.position_of

    @property
    def reported(self) -> tuple[Country, ...]:
        """The countries whose position the speaker reports for them."""
        return self.position_of if self.voice == "reported" else ()


@dataclass(frozen=True)
class FactSheet:
    """Everything the site shows, complete before any page is written."""

    topics: tuple[Topic, ...]
    countries: tuple[Country, ...]
    actors: tuple[Actor, ...]
    sources: tuple[Source, ...]
    statements: tuple[Statement, ...]
    """In date order (see Date.sort_key), then by id."""
    where: Mapping[str, Location] = field(default_factory=dict)
    """Where each statement's id is written, for messages after validation."""
