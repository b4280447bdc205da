"""A synthetic fact sheet at any scale, written as YAML in the data format (valid by `check`).

    python benchmarks/synthetic.py OUT_DIR --actors 1000

N actors, 10 statements each (so 10·N statements), up to 195 countries, four topics, one source
per ten actors. A mix like the real one: own, reported and view statements; quotes and
summaries with excerpts; dates to the day, the month, the year and "on or before"; aliases in
Cyrillic; hedges. Translated as the shipped data is: every text in the fact sheet's own words has
a Ukrainian version (`uk`) but the names, which stay in English and show as marked fallbacks.
Deterministic: the same N gives the same files.
"""

from __future__ import annotations

import argparse
import random
import string
from pathlib import Path

from generator.site import worldmap

STATEMENTS_PER_ACTOR = 10
TOPICS = {
    "nato-membership": ["supports", "accepts-non-membership", "not-realistic", "does-not-support", "opposes"],
    "article-5-guarantees": ["supports", "open", "opposes"],
    "european-peacekeepers": ["supports", "prefers-other-guarantees", "opposes"],
    "nuclear-status": ["seeks", "does-not-seek"],
}
WORDS = [
    "security",
    "guarantees",
    "membership",
    "alliance",
    "accession",
    "peace",
    "agreement",
    "partners",
    "negotiations",
    "sovereignty",
    "deterrence",
    "defence",
    "summit",
    "ceasefire",
    "support",
    "reform",
    "ambition",
    "protection",
]


def country_codes(count: int) -> list[str]:
    """`count` ISO codes of countries on the map, ua first (the subject of the fact sheet), then
    the others in order; made-up codes after those, should `count` ever exceed them."""
    real = sorted(code for code in worldmap.world() if code)
    made_up = [a + b for a in string.ascii_lowercase for b in string.ascii_lowercase if a + b not in real]
    return (["ua"] + [c for c in real if c != "ua"] + made_up)[:count]


def sentence(rng: random.Random, words: int = 18) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def date_of(rng: random.Random) -> str:
    year, month, day = rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [f"{year}-{month:02}-{day:02}"] * 5 + [f"{year}-{month:02}"] * 3 + [f"{year}", f"../{year}-{month:02}-{day:02}"]
    )


def write(out: Path, actors: int) -> None:
    rng = random.Random(actors)
    codes = country_codes(min(195, max(5, actors // 5)))
    sources = max(1, actors // 10)
    (out / "statements").mkdir(parents=True, exist_ok=True)
    (out / "topics.yaml").write_text(_topics())
    (out / "countries.yaml").write_text("".join(
        f"- id: {c}\n  name: {{en: Country {c.upper()}, uk: Країна {c.upper()}}}\n"
        f"  nato_member_since: {1949 + i % 60}\n  nato_source: reference\n"
        for i, c in enumerate(codes)))
    (out / "sources.yaml").write_text("- id: reference\n  kind: reference\n  publisher: Reference desk\n"
                                      "  url: https://example.org/members\n" + "".join(
        f"- id: source-{n}\n  kind: article\n  title: Report number {n}\n  publisher: Newsroom {n % 7}\n"
        f"  date: 2026-01-01\n  url: https://example.org/report/{n}\n" for n in range(sources)))
    (out / "actors.yaml").write_text("".join(_actor(rng, n, codes) for n in range(actors)))
    for batch in range(0, actors, 100):
        records = [_statement(rng, n, i, codes, sources) for n in range(batch, min(actors, batch + 100))
                   for i in range(STATEMENTS_PER_ACTOR)]
        (out / "statements" / f"batch-{batch // 100:03}.yaml").write_text("".join(records))


def _topics() -> str:
    text = ""
    for topic, stances in TOPICS.items():
        text += (f"- id: {topic}\n  title: {{en: Topic {topic}, uk: Тема {topic}}}\n"
                 f"  question: {{en: What about {topic}?, uk: Що щодо {topic}?}}\n  stances:\n")
        text += "".join(f"    - id: {s}\n      label: {{en: Label {s}, uk: Позиція {s}}}\n"
                        f"      leaning: {_leaning(n, len(stances))}\n"
                        for n, s in enumerate(stances))
    return text


def _leaning(n: int, count: int) -> str:
    """The first stance for, the last against, any between neither (the data's colours)."""
    return "for" if n == 0 else "against" if n == count - 1 else "neither"


def _actor(rng: random.Random, n: int, codes: list[str]) -> str:
    alias = f"  aliases: [Особа {n}]\n" if n % 3 == 0 else ""
    return (f"- id: person-{n}\n  name: Person Number {n}\n  kind: person\n  country: {codes[n % len(codes)]}\n"
            f"  role: {{en: Official {n % 40}, uk: Посадовець {n % 40}}}\n{alias}")


def _statement(rng: random.Random, n: int, i: int, codes: list[str], sources: int) -> str:
    topic = rng.choice(list(TOPICS))
    voice = rng.choice(["own"] * 5 + ["reported"] * 4 + ["view"])
    lines = [f"- id: s-{n}-{i}", f"  date: {date_of(rng)}", f"  speaker: person-{n}", f"  topic: {topic}",
             f"  stance: {rng.choice(TOPICS[topic])}", f"  voice: {voice}"]
    if voice == "reported":
        lines.append(f"  position_of: [{', '.join(sorted(set(rng.sample(codes, min(3, len(codes))))))}]")
    words = "I think " + sentence(rng)
    if rng.random() < 0.5:
        lines += [f"  quote: {words}", "  hedges: [I think]"]
    else:
        said = sentence(rng, 10).lower()
        lines += ["  summary:", f"    en: Person {n} said {said}", f"    uk: Особа {n} сказала, що {said}",
                  f"  excerpt: {words}"]
    lines.append(f"  source: source-{rng.randrange(sources)}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--actors", type=int, default=100)
    args = parser.parse_args()
    write(args.out, args.actors)


if __name__ == "__main__":
    main()
