"""Rendering: each planned page's Markdown, from its template (environment.py) and its context.

A build's render is a job (RenderJob): the pages to render, what every page shows (the data's
latest date, the repository's links) and the routes, by which the environment's Links make
each page's links. With several workers, forked processes share the job (forked.py).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from generator.data.dates import Date
from generator.site import i18n
from generator.site.environment import environment, front_matter
from generator.site.forked import map_forked
from generator.site.i18n import N_
from generator.site.plan import Page, routes_of
from generator.site.repository import Repository
from generator.site.routes import Routes

NAV_TITLES = {"index.md": N_("Home"), "countries/index.md": N_("Countries"),
              "actors/index.md": N_("People and organisations"), "topics/index.md": N_("Topics"), "map.md": N_("Map"),
              "timeline.md": N_("Timeline"), "sources.md": N_("Sources"), "corrections.md": N_("Corrections"),
              "about.md": N_("About")}
"""The titles of the pages in the navigation (mkdocs.yml lists them without: each edition's are
its language's)."""
PARALLEL_FROM = 400
"""Pages to render at least before forking is worth its cost."""


@dataclass(frozen=True)
class RenderJob:
    """What one render makes: `todo`'s pages, each showing `updated` (the data's latest date) in
    its footer and, with a `repository`, links to each statement's record and a correction form."""

    todo: list[Page]
    routes: Routes
    updated: Date | None = None
    repository: Repository | None = None
    encoded: bool = False
    """Each page as UTF-8 bytes, ready to write (half the memory of a text holding a curly quote)."""
    language: str = i18n.SOURCE
    """The edition's language (i18n.py)."""

    def share(self, start: int, count: int) -> list[tuple[str, str | bytes]]:
        """Every `count`-th page from the `start`-th, rendered (interleaved: page kinds differ in
        cost, and come in runs)."""
        env = environment(self.language)
        env.globals.update(updated=self.updated, repository=self.repository)
        env.links.routes = self.routes
        rendered: list[tuple[str, str | bytes]] = []
        with i18n.use(self.language):
            for page in self.todo[start::count]:
                env.links.page = page.path
                text = env.get_template(page.context.template).render(page.context.variables())
                title = NAV_TITLES.get(page.path)
                text = front_matter(page.context.description, i18n._(title) if title else "") + text
                rendered.append((page.path, text.encode("utf-8") if self.encoded else text))
        return rendered


def render(pages: list[Page], updated: Date | None = None, only: Collection[str] | None = None, workers: int = 1,
           encoded: bool = False, repository: Repository | None = None,
           language: str = i18n.SOURCE, routes: Routes | None = None) -> dict[str, str | bytes]:
    """Every page's Markdown (or, with `only`, those pages'), by its path under docs/; one path
    planned twice is a bug. Links follow `routes`, else the routes of `pages` (all the site's).
    With `workers` > 1 and many pages, forked processes share the rendering (the command line's
    builds; not inside MkDocs, whose server runs threads)."""
    paths = [page.path for page in pages]
    if len(set(paths)) != len(paths):
        raise ValueError(f"two pages planned for {next(p for p in paths if paths.count(p) > 1)}")
    todo = [page for page in pages if only is None or page.path in only]
    job = RenderJob(todo, routes_of(pages) if routes is None else routes, updated, repository, encoded, language)
    if workers > 1 and len(todo) >= PARALLEL_FROM:
        shares = workers * 8  # small shares: each comes back (pickled) while the next is rendered
        parts = map_forked(lambda n: job.share(n, shares), shares, workers)
    else:
        parts = [job.share(0, 1)]
    return {path: text for part in parts for path, text in part}

