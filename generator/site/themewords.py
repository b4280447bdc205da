"""The words of what MkDocs' theme and the scripts show, beside the pages: the search dialog, the
header's controls, the home table's tools, the map's and the citations' messages.

They are in the catalogues with every other message (i18n.py), and written, per language, as a
theme partial (`theme/partials/fs-words/<language>.html`, as Material keeps its own words): the
theme's templates take `fs.t(key)` from it, and the scripts their words from the JSON it puts
in each page (`fs.script()`). Theme templates have no gettext, and neither MkDocs' nor
Zensical's runs the generator's code, so the partials are files: `make messages` writes them,
and a test checks that they are current.
"""

from __future__ import annotations

import html
import json
from importlib import resources

from generator.data.languages import LANGUAGES
from generator.site.downloads import SITE_NAME
from generator.site.i18n import N_, use
from generator.site.i18n import _ as translate

THEME = {
    "site.name": SITE_NAME,
    "site.description": N_("Dated, quoted and sourced positions on Ukraine's membership in NATO."),
    "edition.other": N_("This page in English"),
    "edition.switch": N_("Read in another language"),
    "palette.dark": N_("Switch to dark mode"),
    "palette.light": N_("Switch to light mode"),
    "search.open": N_("Search (/)"),
    "search.dialog": N_("Search the fact sheet"),
    "search.field": N_("Search names, countries and quotes"),
    "search.placeholder": N_("Search"),
    "search.options": N_("Search"),
    "search.clear": N_("Clear"),
    "search.start": N_("Type a name, a country or words of a quote"),
}
"""The theme's words, by the key its templates name them with."""

SCRIPT = {
    "copied": N_("Link copied"),
    "open": N_("Open the page of %(name)s"),
    "table.tools": N_("Sort and filter the table"),
    "table.show": N_("Show"),
    "table.all topics": N_("every topic"),
    "table.stance": N_("with the stance"),
    "table.any stance": N_("any stance"),
    "table.order": N_("Order by"),
    "table.order.sheet": N_("the fact sheet's order"),
    "table.order.country": N_("country, A–Z"),
    "table.order.for": N_("stance on %(topic)s, for first"),
    "table.order.against": N_("stance on %(topic)s, against first"),
    "table.showing": N_("Showing %(shown)s of %(total)s countries."),
    "table.reported otherwise": N_("Reported otherwise:"),
    "search.failed": N_("Search could not load its index; try again later."),
    "search.short": N_("Type at least two letters"),
    "search.none": N_("No results"),
    "search.one": N_("1 result"),
    "search.many": N_("%(count)s results"),
    "search.first": N_("%(count)s; the first %(shown)s shown"),
}
"""The scripts' words (docs/javascripts/), by key; `%(name)s` is filled in by the script."""

FOLDER = "theme/partials/fs-words"


def partial(language: str) -> str:
    """The theme partial of `language`'s words: `t(key)`, each already escaped for HTML (text or
    an attribute), and `script()`, the scripts' words as JSON in a script element."""
    with use(language):
        theme = {key: html.escape(translate(message), quote=True) for key, message in THEME.items()}
        script = {key: translate(message) for key, message in SCRIPT.items()}
    words = json.dumps(script, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    return (
        "{#- Made by `make messages` from generator/site/locale (themewords.py): do not edit here;\n"
        "    translate in the catalogue, then run `make messages`. -#}\n"
        f"{{% macro t(key) %}}{{{{ {json.dumps(theme, ensure_ascii=False, sort_keys=True, indent=2)}[key] }}}}"
        "{% endmacro %}\n"
        f'{{% macro script() %}}<script type="application/json" id="fs-words">{words}</script>{{% endmacro %}}\n'
    )


def partials() -> dict[str, str]:
    """Every language's partial, by its path in the generator.site package."""
    return {f"{FOLDER}/{language}.html": partial(language) for language in LANGUAGES}


def written() -> dict[str, str]:
    """The partials as the package holds them (missing: empty)."""
    files = resources.files("generator.site")
    found = {}
    for path in partials():
        target = files.joinpath(path)
        found[path] = target.read_text(encoding="utf-8") if target.is_file() else ""
    return found


def main() -> None:
    """Write the partials (`make messages`, after the catalogues are updated)."""
    base = resources.files("generator.site")
    for path, text in partials().items():
        target = base.joinpath(path)
        with resources.as_file(target) as file:
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
