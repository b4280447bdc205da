"""One palette for every stance (generator/site/colours.py): what a stance answers decides its
colour, and the topic's order its shade."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.data.model import Stance, Topic
from generator.site import colours

CSS = Path(__file__).parents[1] / "docs" / "stylesheets" / "factsheet.css"


def topic(*leanings: str) -> Topic:
    stances = tuple(Stance(id=f"s{n}", label=f"Stance {n}", leaning=lean) for n, lean in enumerate(leanings))
    return Topic(id="t", title="T", question="Q?", stances=stances)


def test_for_is_blue_against_orange_and_neither_or_not_said_grey():
    assert list(colours.stance_classes(topic("for", "neither", "", "against")).values()) == [
        "fs-for-1", "fs-neither", "fs-neither", "fs-against-1"]


def test_the_first_stance_for_and_the_last_against_are_the_strongest():
    found = colours.stance_classes(topic("for", "for", "for", "against", "against", "against", "against", "against"))
    assert list(found.values()) == ["fs-for-1", "fs-for-2", "fs-for-3",
                                    "fs-against-3", "fs-against-3", "fs-against-2", "fs-against-1", "fs-against-1"]


def test_a_topic_in_any_order_of_leanings_gets_a_class_for_each_stance():
    found = colours.stance_classes(topic("against", "for", "against", "for"))
    assert found == {"s0": "fs-against-3", "s1": "fs-for-1", "s2": "fs-against-1", "s3": "fs-for-3"}


@pytest.mark.parametrize("name", ["fs-neither", *(f"fs-{lean}-{n}" for lean in ("for", "against")
                                                 for n in range(1, colours.SHADES + 1))])
def test_every_class_is_defined_once_with_its_colour_and_an_ink_that_reads_on_it(name):
    rules = re.findall(rf"^\.{name} \{{ --fs-stance: (#[0-9a-f]{{6}}); --fs-stance-ink: (#[0-9a-f]{{6}}); \}}$",
                       CSS.read_text(), re.MULTILINE)
    assert len(rules) == 1
    colour, ink = rules[0]
    assert _contrast(colour, ink) >= 4.5, (name, colour, ink)  # WCAG AA for the chips' text


def test_the_shades_of_one_leaning_differ_in_lightness_not_only_in_hue():
    text = CSS.read_text()
    for lean in ("for", "against"):
        shades = [_luminance(re.search(rf"^\.fs-{lean}-{n} \{{ --fs-stance: (#[0-9a-f]{{6}})", text, re.M)[1])
                  for n in range(1, colours.SHADES + 1)]
        assert shades == sorted(shades) and len(set(shades)) == colours.SHADES, lean  # strongest darkest


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
