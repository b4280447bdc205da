"""The map's geometry: country outlines from the committed asset (geodata/world.json, made once
by geodata/make_world.py from Natural Earth) and the frame that holds the countries to show.
Numbers only; the map page's template draws them."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

NEAR = 600
"""Countries whose centres are closer than this (map units; about 54° of longitude at the
equator) are drawn on one detail map (Europe's, say) when the overview would show them small."""
MARGIN = 0.06
"""Room around the framed countries, as a share of the frame's width or height."""
NARROWEST, WIDEST = 1.25, 2.2
"""The frame's width over its height, at least and at most (a long thin strip reads badly)."""


@dataclass(frozen=True)
class Shape:
    """One country's outline, in the asset's map units (Equal Earth, y downwards)."""

    code: str | None
    """ISO 3166-1 alpha-2, lower case; None for a territory without one (Kosovo, Somaliland…)."""
    name: str
    """Natural Earth's name for it (the asset's; the map shows the fact sheet's names only)."""
    bbox: tuple[int, int, int, int]
    main: tuple[int, int, int, int]
    """The bounding box of its largest part, which the frame holds."""
    d: str
    """SVG path data."""


@dataclass(frozen=True)
class Frame:
    x: float
    y: float
    width: float
    height: float

    def holds(self, box: tuple[int, int, int, int]) -> bool:
        """Whether any of `box` is inside the frame."""
        x0, y0, x1, y1 = box
        return x1 >= self.x and x0 <= self.x + self.width and y1 >= self.y and y0 <= self.y + self.height


@functools.cache
def world() -> dict[str | None, tuple[Shape, ...]]:
    """Every outline in the asset, by country code (None: those without one)."""
    asset = json.loads(resources.files("generator.site").joinpath("geodata/world.json").read_text(encoding="utf-8"))
    shapes: dict[str | None, list[Shape]] = {}
    for c in asset["countries"]:
        shapes.setdefault(c["id"], []).append(Shape(c["id"], c["name"], tuple(c["bbox"]), tuple(c["main"]), c["d"]))
    return {code: tuple(found) for code, found in shapes.items()}


def shape_of(code: str) -> Shape | None:
    found = world().get(code)
    return found[0] if found else None


def frame(codes: Iterable[str]) -> Frame:
    """The smallest frame, with a margin and a readable shape, around the main part of each
    country in `codes` that has an outline; the whole world where none has."""
    boxes = [shape.main for shape in map(shape_of, codes) if shape]
    if not boxes:
        return _world_frame()
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    width, height = (x1 - x0) * (1 + 2 * MARGIN) + 20, (y1 - y0) * (1 + 2 * MARGIN) + 20
    width, height = max(width, height * NARROWEST), max(height, width / WIDEST)
    return Frame((x0 + x1 - width) / 2, (y0 + y1 - height) / 2, width, height)


def clusters(codes: Iterable[str]) -> list[list[str]]:
    """The countries of `codes` that have an outline, in groups of neighbours (single linkage:
    a country within NEAR of any member joins the group), the largest group first."""
    centres = {c: ((s.main[0] + s.main[2]) / 2, (s.main[1] + s.main[3]) / 2) for c in codes if (s := shape_of(c))}
    groups: list[list[str]] = []
    for code in centres:
        near = [g for g in groups if any(_distance(centres[code], centres[o]) < NEAR for o in g)]
        merged = [code] + [c for g in near for c in g]
        groups = [g for g in groups if g not in near] + [merged]
    return sorted((sorted(g) for g in groups), key=lambda g: (-len(g), g))


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


def _world_frame() -> Frame:
    shapes = [s for found in world().values() for s in found]
    return Frame(0, 0, max(s.bbox[2] for s in shapes), max(s.bbox[3] for s in shapes))


def land_in(frame_: Frame, leave_out: Iterable[str]) -> list[Shape]:
    """The outlines that reach into the frame, but for those of `leave_out` (drawn on their own)."""
    skip = set(leave_out)
    return [s for found in world().values() for s in found if s.code not in skip and frame_.holds(s.bbox)]
