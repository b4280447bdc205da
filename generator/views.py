"""Questions the pages ask of the fact sheet: who said what, for which country, latest first."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Actor, Country, FactSheet, Stance, Statement, Topic


@dataclass(frozen=True)
class Cell:
    """One country's position on one topic, as the home matrix and topic pages show it."""

    statement: Statement
    own: bool
    """Stated by the country's own people; otherwise reported by someone else."""

    @property
    def stance(self) -> Stance:
        return self.statement.stance


@dataclass(frozen=True)
class TopicPositions:
    """A country's positions on one topic: its own, and those others report for it."""

    topic: Topic
    own: tuple[Statement, ...]
    reported: tuple[Statement, ...]


def on_topic(sheet: FactSheet, country: Country, topic: Topic) -> TopicPositions:
    """Newest first."""
    found = [s for s in reversed(sheet.statements) if s.topic == topic and country in s.position_of]
    own = tuple(s for s in found if s.is_own(country))
    return TopicPositions(topic, own, tuple(s for s in found if not s.is_own(country)))


def cell(sheet: FactSheet, country: Country, topic: Topic) -> Cell | None:
    """The latest own position; where there is none, the latest reported one."""
    positions = on_topic(sheet, country, topic)
    if positions.own:
        return Cell(positions.own[0], own=True)
    return Cell(positions.reported[0], own=False) if positions.reported else None


def by_stance(sheet: FactSheet, topic: Topic) -> list[tuple[Stance, list[tuple[Country, Cell]]]]:
    """Each stance of the topic, in the topic's order, with the countries whose cell holds it."""
    cells = [(c, cell(sheet, c, topic)) for c in sheet.countries]
    return [(stance, [(c, x) for c, x in cells if x and x.stance == stance]) for stance in topic.stances]


def spoken_by(sheet: FactSheet, actor: Actor) -> list[Statement]:
    return [s for s in sheet.statements if s.speaker == actor]


def mentioning(sheet: FactSheet, actor: Actor) -> list[Statement]:
    return [s for s in sheet.statements if actor in s.mentions and s.speaker != actor]


def by_people_of(sheet: FactSheet, country: Country) -> list[Statement]:
    return [s for s in sheet.statements if s.speaker.country == country]


def citing(sheet: FactSheet, source_id: str) -> list[Statement]:
    return [s for s in sheet.statements if s.source.id == source_id]


def months(statements: list[Statement]) -> list[tuple[str, str, list[Statement]]]:
    """Consecutive runs of statements under one timeline heading: (anchor, heading, statements)."""
    runs: list[tuple[str, str, list[Statement]]] = []
    for statement in statements:
        heading = statement.date.month_heading
        if not runs or runs[-1][1] != heading:
            runs.append((statement.date.month_id, heading, []))
        runs[-1][2].append(statement)
    return runs
