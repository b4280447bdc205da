"""One palette for every stance, wherever it is drawn: chips, the map, the timeline, legends.

A stance's colour says what it answers to its topic's question (the data's `leaning`): blue for,
orange against, grey neither (or not said); a darker shade, a stronger answer, by the topic's
order (the first stance is the most favourable, the last the least). Blue and orange stay apart
for every common colour-vision deficiency, and the shades differ in lightness as well; colour is
never the only carrier (each stance is named in words). The colours themselves are defined once,
as CSS classes (docs/stylesheets/factsheet.css: `fs-for-1` … `fs-against-3`, `fs-neither`), so
that a chip, an outline on the map and a mark on the timeline share them in both schemes.
"""

from __future__ import annotations

import functools

from generator.data.model import Topic

SHADES = 3
"""Shades of each of blue and orange: 1 the strongest."""


def stance_classes(topic: Topic) -> dict[str, str]:
    """Each of a topic's stances' colour, as its class, by stance id."""
    return dict(zip((st.id for st in topic.stances), _classes(tuple(st.leaning for st in topic.stances)), strict=True))


@functools.lru_cache(maxsize=256)
def _classes(leanings: tuple[str, ...]) -> tuple[str, ...]:
    """The classes of stances with these leanings, in the topic's order: the first stance for is
    the strongest for, the last against the strongest against."""
    order = {"for": [i for i, lean in enumerate(leanings) if lean == "for"],
             "against": [i for i, lean in enumerate(leanings) if lean == "against"][::-1]}
    found = ["fs-neither"] * len(leanings)
    for leaning, indexes in order.items():
        for rank, i in enumerate(indexes):
            found[i] = f"fs-{leaning}-{_shade(rank, len(indexes))}"
    return tuple(found)


def _shade(rank: int, count: int) -> int:
    """The shade of the `rank`-th strongest of `count` stances with one leaning: spread from 1 to
    SHADES, the strongest always 1."""
    return 1 + round((SHADES - 1) * rank / (count - 1)) if count > 1 else 1
