"""The map's geometry: the committed Natural Earth asset, the frame, the groups, the colours."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from generator.site import worldmap

EUROPE = ["de", "ua", "no", "be", "si", "es"]


def test_the_asset_has_an_outline_for_every_country_with_a_code_and_only_path_data():
    shapes = [s for found in worldmap.world().values() for s in found]
    assert len(shapes) > 200
    assert {"ua", "us", "de", "no", "ru", "si", "be", "lu", "mt"} <= set(worldmap.world())
    for shape in shapes:
        assert re.fullmatch(r"(M-?\d+ -?\d+l[-\d ]*z)+", shape.d), shape.name
        x0, y0, x1, y1 = shape.main
        assert shape.bbox[0] <= x0 <= x1 <= shape.bbox[2] and shape.bbox[1] <= y0 <= y1 <= shape.bbox[3]


def test_the_projection_puts_countries_where_they_are():
    ua, us, no = (worldmap.shape_of(code).main for code in ("ua", "us", "no"))
    assert us[2] < ua[0], "the United States lies west of Ukraine"
    assert no[1] < ua[1], "Norway lies north of Ukraine"
    assert worldmap.shape_of("xx") is None


def _rings(d: str) -> list[list[tuple[int, int]]]:
    """An outline's rings, from its path data (`M x y l dx dy … z`, as the asset writes it)."""
    rings = []
    for x0, y0, steps in re.findall(r"M(-?\d+) (-?\d+)l([-\d ]*)z", d):
        x, y, ring = int(x0), int(y0), [(int(x0), int(y0))]
        numbers = [int(n) for n in steps.split()]
        for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
            x, y = x + dx, y + dy
            ring.append((x, y))
        rings.append(ring)
    return rings


def _inside(point: tuple[float, float], shape: worldmap.Shape) -> bool:
    x, y = point
    inside = False
    for ring in _rings(shape.d):
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                inside = not inside
    return inside


@pytest.mark.parametrize(("city", "lon_lat", "country"), [
    ("Simferopol", (34.10, 44.95), "ua"), ("Sevastopol", (33.52, 44.60), "ua"), ("Kyiv", (30.52, 50.45), "ua"),
    ("Moscow", (37.62, 55.75), "ru"), ("Rostov-on-Don", (39.72, 47.23), "ru"),
])
def test_ukraine_is_drawn_in_its_internationally_recognised_borders_crimea_included(city, lon_lat, country):
    geodata = Path(worldmap.__file__).with_name("geodata") / "make_world.py"
    spec = importlib.util.spec_from_file_location("make_world", geodata)
    make_world = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_world)
    point = make_world.equal_earth(*lon_lat)
    holders = [code for code in ("ua", "ru") if _inside(point, worldmap.shape_of(code))]
    assert holders == [country], city


def test_the_contiguous_united_states_is_framed_not_alaska_across_the_date_line():
    us = worldmap.shape_of("us")
    assert us.main[2] - us.main[0] < (us.bbox[2] - us.bbox[0]) / 3


@pytest.mark.parametrize("codes", [["ua"], EUROPE, ["us", "ua"], ["no", "es"]])
def test_the_frame_holds_each_country_with_a_margin_and_a_readable_shape(codes):
    frame = worldmap.frame(codes)
    for code in codes:
        x0, y0, x1, y1 = worldmap.shape_of(code).main
        assert frame.x < x0 and x1 < frame.x + frame.width and frame.y < y0 and y1 < frame.y + frame.height
    assert worldmap.NARROWEST - 0.01 <= frame.width / frame.height <= worldmap.WIDEST + 0.01


def test_with_no_outline_the_frame_is_the_whole_world():
    frame = worldmap.frame(["xx"])
    assert frame.x == 0 and frame.width > 3900


def test_countries_that_lie_close_together_form_one_group_the_largest_first():
    assert worldmap.clusters(["us", *EUROPE, "xx"]) == [sorted(EUROPE), ["us"]]
    assert worldmap.clusters(["ua"]) == [["ua"]]


def test_land_in_a_frame_leaves_out_the_countries_drawn_on_their_own():
    frame = worldmap.frame(["de"])
    land = {s.code for s in worldmap.land_in(frame, ["de"])}
    assert "de" not in land and {"fr", "pl", "cz"} <= land
    assert "au" not in land, "Australia is not near Germany"
