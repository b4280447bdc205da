"""Makes `world.json`, the map's committed asset, once, from Natural Earth's public-domain country
borders as npm's `world-atlas` carries them (TopoJSON, 1:50m). The build only reads the asset: it
needs neither Node nor this script. To remake it (say, for a newer Natural Earth):

    npm install --prefix /tmp/wa world-atlas@2.0.2
    pip install pycountry
    python generator/site/geodata/make_world.py /tmp/wa/node_modules/world-atlas/countries-50m.json

Each country's outline is simplified (Douglas–Peucker on the shared borders, so neighbours still
meet), projected (Equal Earth, equal-area: no country looks bigger than it is; a country across
the date line, Russia or Fiji, kept in one piece beyond the map's edge) and written as
an SVG path in whole units of a map 4,000 units wide, keyed by its ISO 3166-1 alpha-2 code, with
its bounding box (`bbox`) and that of its largest part (`main`: the contiguous United States, not
Alaska across the date line), which the map frames.

Ukraine is drawn in its internationally recognised borders: Natural Earth's default outlines
follow control on the ground and put Crimea in Russia's; `recognised` gives that polygon back to
Ukraine (UN General Assembly resolution 68/262). tests/test_worldmap.py checks that Simferopol
lies in Ukraine's outline and not in Russia's.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

WIDTH = 4000
TOLERANCE = 1.0
"""How far (in map units, near the equator) a simplified border may stray from Natural Earth's."""
SMALLEST = 4
"""Islands smaller than this (bounding box, square map units) are left out, unless a country has nothing else."""
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2
X_MAX, Y_MAX = 2.7066299836246225, 1.3173627591574133  # Equal Earth at (180°, 90°)
SCALE = WIDTH / (2 * X_MAX)
ASSET = Path(__file__).with_name("world.json")


def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """(longitude, latitude) in degrees → map units, y downwards, origin top left."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return (x + X_MAX) * SCALE, (Y_MAX - y) * SCALE


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON's delta-encoded, quantised arcs → (longitude, latitude) points, each arc made
    continuous where it crosses the date line (179° then 181°, not −179°)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points: list[tuple[float, float]] = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            lon, lat = x * sx + tx, y * sy + ty
            if points:
                lon = _near(lon, points[-1][0])
            points.append((lon, lat))
        arcs.append(points)
    return arcs


def _near(lon: float, previous: float) -> float:
    """`lon`, or `lon` ± 360°, whichever is nearer `previous`."""
    return lon + 360 * round((previous - lon) / 360)


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas–Peucker, ends kept (they are where borders meet)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        worst, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            d = (abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length if length
                 else math.hypot(px - ax, py - ay))
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[int, int]]:
    """One closed ring from its arcs (a negative index ~i is arc i reversed), continuous across
    the date line and then moved to where most of it lies, projected, in whole units."""
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        if points:
            shift = _near(arc[0][0], points[-1][0]) - arc[0][0]
            points += [(lon + shift, lat) for lon, lat in arc[1:]]
        else:
            points += arc
    middle = sum(lon for lon, _ in points) / len(points)
    shift = _near(middle, 0) - middle
    whole = [tuple(round(v) for v in equal_earth(lon + shift, lat)) for lon, lat in points]
    return [p for n, p in enumerate(whole) if n == 0 or p != whole[n - 1]]


def area(points: list[tuple[int, int]]) -> float:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return (max(xs) - min(xs)) * (max(ys) - min(ys))


def bbox(rings: list[list[tuple[int, int]]]) -> list[int]:
    xs, ys = [x for r in rings for x, _ in r], [y for r in rings for _, y in r]
    return [min(xs), min(ys), max(xs), max(ys)]


def path(rings: list[list[tuple[int, int]]]) -> str:
    """SVG path data, relative moves after each ring's first point (short numbers)."""
    parts = []
    for points in rings:
        (x0, y0), rest = points[0], points[1:]
        pairs = zip(points, rest, strict=False)  # each point with the next
        steps = " ".join(f"{x - px} {y - py}" for (px, py), (x, y) in pairs)
        parts.append(f"M{x0} {y0}l{steps}z")
    return "".join(parts)


def country_code(geometry: dict) -> str | None:
    import pycountry  # only where the asset is made (see above), not where it is read

    numeric = geometry.get("id")
    found = pycountry.countries.get(numeric=numeric) if numeric else None
    return found.alpha_2.lower() if found else None


SIMFEROPOL = (34.10, 44.95)
"""(longitude, latitude): a point of Crimea, to find its polygon by."""


def recognised(topology: dict, arcs: list[list[tuple[float, float]]]) -> None:
    """Move Russia's polygon that holds Crimea to Ukraine (both are multipolygons in the source)."""
    by_code = {g.get("id"): g for g in topology["objects"]["countries"]["geometries"]}
    russia, ukraine = by_code["643"], by_code["804"]
    crimea = [polygon for polygon in russia["arcs"] if _holds(arcs, polygon[0], SIMFEROPOL)]
    if len(crimea) != 1:
        raise SystemExit(f"expected one polygon of Russia's to hold Crimea, found {len(crimea)}")
    russia["arcs"] = [polygon for polygon in russia["arcs"] if polygon is not crimea[0]]
    ukraine["arcs"] = [*ukraine["arcs"], crimea[0]]


def _holds(arcs: list[list[tuple[float, float]]], indexes: list[int], point: tuple[float, float]) -> bool:
    """Whether the ring made of these arcs holds the point (even–odd rule, in degrees)."""
    ring: list[tuple[float, float]] = []
    for i in indexes:
        ring += arcs[i] if i >= 0 else arcs[~i][::-1]
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def countries(topology: dict) -> list[dict]:
    recognised(topology, decode_arcs(topology))
    arcs = [simplify(a, TOLERANCE / SCALE * 180 / math.pi) for a in decode_arcs(topology)]
    shapes = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs")], "MultiPolygon": geometry.get("arcs")}.get(geometry["type"])
        if not polygons:
            continue
        rings = [r for polygon in polygons for r in (ring(arcs, indexes) for indexes in polygon) if len(r) > 2]
        if not rings:
            continue
        kept = [r for r in rings if area(r) >= SMALLEST] or [max(rings, key=area)]
        shapes.append({"id": country_code(geometry), "name": geometry["properties"]["name"],
                       "bbox": bbox(kept), "main": bbox([max(kept, key=area)]), "d": path(kept)})
    return sorted(shapes, key=lambda s: (s["id"] or "~", s["name"]))


def main(source: str) -> None:
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    asset = {
        "source": "Natural Earth 1:50m Admin 0 countries (public domain), version 4.1.0, "
                  "as npm world-atlas@2.0.2 carries it, Crimea in Ukraine's outline; "
                  "made by generator/site/geodata/make_world.py",
        "projection": "Equal Earth",
        "width": WIDTH,
        "height": round(2 * Y_MAX * SCALE),
        "countries": countries(topology),
    }
    ASSET.write_text(json.dumps(asset, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{ASSET}: {len(asset['countries'])} countries, {ASSET.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
