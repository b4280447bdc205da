"""One remark as several sources print it, side by side: in each printing, the words that not
every other printing has are marked, so that a reader sees where the outlets' words part without
the fact sheet choosing one as the speaker's. Text in, text segments out: the template marks them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.data import quotes
from generator.data.model import Printing, Statement

TOKEN = re.compile(r"\S+")
NOT_A_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Segment:
    """A run of a printing's text: marked where the words differ, with the space after it apart."""

    text: str
    differs: bool


@dataclass(frozen=True)
class Compared:
    """One printing, cut into the runs of words shared with every other printing and not."""

    printing: Printing
    segments: tuple[Segment, ...]


def compared(statement: Statement) -> list[Compared]:
    """Each printing of the statement's quote, its differing words marked; with one printing
    (or none), nothing is marked."""
    printed = statement.printed
    words = [_words(p.quote) for p in printed]
    keys = [[_key(text) for _, _, text in w] for w in words]
    found = []
    for i, printing in enumerate(printed):
        others = [_matched(keys[i], keys[j]) for j in range(len(printed)) if j != i]
        shared = set.intersection(*others) if others else set(range(len(keys[i])))
        shared |= {k for k, key in enumerate(keys[i]) if not key}  # a dash alone is never marked
        found.append(Compared(printing, _segments(printing.quote, words[i], shared)))
    return found


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def _key(word: str) -> str:
    """A word as compared: apostrophes and quotation marks made alike, letters in one case,
    punctuation left out (`they've,` and `they’ve` are the same word)."""
    return NOT_A_WORD.sub("", quotes.normalise(word).casefold().replace("'", ""))


def _matched(a: list[str], b: list[str]) -> set[int]:
    """The positions of `a` in a longest common subsequence of words with `b` (the most words the
    two printings share in the same order). Quotes are short: the table is small."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
    matched, i, j = set(), 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            matched.add(i)
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return matched


def _segments(text: str, words: list[tuple[int, int, str]], shared: set[int]) -> tuple[Segment, ...]:
    """`text` in runs, each all marked or all not (two marked words with a space between: one run)."""
    segments: list[Segment] = []
    position = 0
    for k, (start, end, _) in enumerate(words):
        gap, word, differs = text[position:start], text[start:end], k not in shared
        if differs and segments and segments[-1].differs:
            segments[-1] = Segment(segments[-1].text + gap + word, True)
        else:
            segments += [Segment(gap, False), Segment(word, differs)] if gap else [Segment(word, differs)]
        position = end
    if position < len(text):
        segments.append(Segment(text[position:], False))
    return tuple(_joined(segments))


def _joined(segments: list[Segment]) -> list[Segment]:
    """Neighbouring unmarked runs as one."""
    joined: list[Segment] = []
    for segment in segments:
        if joined and not joined[-1].differs and not segment.differs:
            joined[-1] = Segment(joined[-1].text + segment.text, False)
        else:
            joined.append(segment)
    return joined
