"""The fact sheet's languages: its own words (names, titles, questions, stance labels, roles,
summaries, notes) are written in English and may also be given in Ukrainian, in the same record:

    name: {en: Volodymyr Zelensky, uk: Володимир Зеленський}

A text given in English alone is read as an `English`, one with versions as a `Translated`:
each the English text itself (a `str`, so that every page and output that shows English reads
it as before), a `Translated` carrying its `versions`. Words printed by a
source (quotes, excerpts, a source's title) are never translated this way: they stay as the
source printed them.
"""

from __future__ import annotations

LANGUAGES = ("en", "uk")
"""The languages a text may be given in; English first: every text has it."""
NAMES = {"en": "English", "uk": "Ukrainian"}


def folder(language: str) -> str:
    """Where a language's edition of the site is, from the site's root (and under docs/): English
    at the root, every other in a folder of its own (`uk/`)."""
    return "" if language == LANGUAGES[0] else f"{language}/"


class Translated(str):
    """A text in English (its value), with its version in each language it is given in."""

    versions: dict[str, str]

    def __new__(cls, versions: dict[str, str]) -> Translated:
        text = super().__new__(cls, versions[LANGUAGES[0]])
        text.versions = dict(versions)
        return text

    def __reduce__(self) -> tuple:
        return Translated, (self.versions,)


class English(str):
    """A text of the fact sheet's own given in English alone: an edition in another language
    shows it in English, marked as such. As cheap as a str (no versions to carry)."""

    __slots__ = ()


def versions(text: str) -> dict[str, str]:
    """A text's versions by language: those given, or English alone; none for an empty text."""
    if isinstance(text, Translated):
        return dict(text.versions)
    return {LANGUAGES[0]: text} if text else {}
