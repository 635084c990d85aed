"""The server-rendered region map: the outline built by frontend/steps/20-map.mjs plus markers.

The outline (land, coastline, national border) comes from static/build/region-map.json with the
projection it was drawn in; markers are projected here with the same parameters. Without the
built file the page shows the list only.
"""

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.contrib.staticfiles import finders

from .choices import County

MAP_FILE = "build/region-map.json"

# One colour and one shape per county, so the county never depends on colour alone. Every
# colour has at least 3:1 contrast against the land and the sea (tests/members/test_map.py).
COUNTY_STYLES = {
    County.OSLO: ("#b3261e", "star"),
    County.AKERSHUS: ("#0b4f6c", "circle"),
    County.BUSKERUD: ("#6a3d9a", "square"),
    County.OSTFOLD: ("#1d6b36", "diamond"),
    County.INNLANDET: ("#7a4f00", "triangle"),
    County.VESTFOLD: ("#a3134f", "triangle-down"),
    County.TELEMARK: ("#333333", "hexagon"),
}
LAND_COLOUR = "#f6f4ee"
NEIGHBOUR_COLOUR = "#e3e3e3"
SEA_COLOUR = "#cfe3ec"

MARKER_SIZE = 6.5
# Each marker's link has an invisible circle of this radius around it. On phones the map is
# drawn at least PHONE_MAP_WIDTH px wide (static/css/site.css), so the circle is at least
# 24 px across (WCAG 2.5.8); markers are moved apart until no two circles or shapes overlap.
HIT_RADIUS = 7.5
PHONE_MAP_WIDTH = 980
MIN_DISTANCE = 17.0  # > 2 × HIT_RADIUS, and > the star (Oslo) plus any other shape


def _polygon(points) -> str:
    return "M" + "L".join(f"{x:.2f} {y:.2f}" for x, y in points) + "Z"


def _regular(sides: int, radius: float, rotation: float) -> str:
    return _polygon(
        (
            radius * math.cos(rotation + 2 * math.pi * i / sides),
            radius * math.sin(rotation + 2 * math.pi * i / sides),
        )
        for i in range(sides)
    )


def _star(radius: float) -> str:
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + math.pi * i / 5
        points.append((r * math.cos(angle), r * math.sin(angle)))
    return _polygon(points)


# SVG path data centred on (0, 0); a marker is placed with translate().
SHAPES = {
    "circle": f"M{-MARKER_SIZE} 0a{MARKER_SIZE} {MARKER_SIZE} 0 1 0 {2 * MARKER_SIZE} 0"
    f"a{MARKER_SIZE} {MARKER_SIZE} 0 1 0 {-2 * MARKER_SIZE} 0Z",
    "square": _regular(4, MARKER_SIZE * 1.15, math.pi / 4),
    "diamond": _regular(4, MARKER_SIZE * 1.25, 0),
    "triangle": _regular(3, MARKER_SIZE * 1.3, -math.pi / 2),
    "triangle-down": _regular(3, MARKER_SIZE * 1.3, math.pi / 2),
    "hexagon": _regular(6, MARKER_SIZE * 1.1, 0),
    "star": _star(MARKER_SIZE * 1.6),
}


@dataclass(frozen=True)
class Outline:
    width: int
    height: int
    west: float
    north: float
    kx: float
    scale: float
    land: dict
    coast: str
    border: str

    def project(self, longitude: float, latitude: float) -> tuple[float, float]:
        return (
            round((longitude - self.west) * self.kx * self.scale, 1),
            round((self.north - latitude) * self.scale, 1),
        )


_cache: dict[tuple[str, float], Outline] = {}


def load_outline() -> Outline | None:
    """The built outline, or None when the front-end assets have not been built."""
    path = finders.find(MAP_FILE)
    if not path or not Path(path).is_file():
        return None
    key = (path, Path(path).stat().st_mtime)
    if key not in _cache:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        projection = data["projection"]
        west, _south, _east, north = projection["bbox"]
        _cache.clear()
        _cache[key] = Outline(
            width=data["width"],
            height=data["height"],
            west=west,
            north=north,
            kx=projection["kx"],
            scale=projection["scale"],
            land=data["land"],
            coast=data["coast"],
            border=data["border"],
        )
    return _cache[key]


@lru_cache(maxsize=8)
def spread_apart(points: tuple[tuple[float, float], ...], iterations: int = 200):
    """``points`` moved apart until no two are closer than MIN_DISTANCE, each as little as
    possible (pairwise pushes, repeated). Cached: the members' positions rarely change.
    The map says the positions are approximate."""
    moved = [list(point) for point in points]
    for _ in range(iterations):
        clear = True
        for i in range(len(moved)):
            for j in range(i + 1, len(moved)):
                dx = moved[j][0] - moved[i][0]
                dy = moved[j][1] - moved[i][1]
                distance = math.hypot(dx, dy)
                if distance >= MIN_DISTANCE:
                    continue
                clear = False
                if distance < 1e-6:  # the same place: push apart along a fixed direction
                    dx, dy, distance = 1.0, 0.0, 1.0
                push = (MIN_DISTANCE - distance) / 2 + 0.01
                ux, uy = dx / distance, dy / distance
                moved[i][0] -= ux * push
                moved[i][1] -= uy * push
                moved[j][0] += ux * push
                moved[j][1] += uy * push
        if clear:
            break
    return [(round(x, 1), round(y, 1)) for x, y in moved]


@dataclass(frozen=True)
class Marker:
    title: str
    url: str
    x: float
    y: float
    colour: str
    shape: str


def build_map(municipalities, request) -> dict | None:
    """Everything the map template needs, or None without a built outline."""
    outline = load_outline()
    if outline is None:
        return None
    markers = []
    for municipality in municipalities:
        if municipality.latitude is None or municipality.longitude is None:
            continue
        x, y = outline.project(float(municipality.longitude), float(municipality.latitude))
        colour, shape = COUNTY_STYLES[municipality.county]
        markers.append(
            Marker(municipality.title, municipality.get_url(request), x, y, colour, shape)
        )
    spread = spread_apart(tuple((marker.x, marker.y) for marker in markers))
    markers = [
        Marker(m.title, m.url, x, y, m.colour, m.shape)
        for m, (x, y) in zip(markers, spread, strict=True)
    ]
    # North to south: the keyboard order reads down the map.
    markers.sort(key=lambda marker: (marker.y, marker.x))
    shown_counties = {m.county for m in municipalities}
    legend = [
        {"label": county.label, "colour": colour, "shape": SHAPES[shape]}
        for county, (colour, shape) in COUNTY_STYLES.items()
        if county in shown_counties
    ]
    return {
        "outline": outline,
        "markers": markers,
        "shapes": SHAPES,
        "hit_radius": HIT_RADIUS,
        "legend": legend,
        "land_colour": LAND_COLOUR,
        "neighbour_colour": NEIGHBOUR_COLOUR,
        "sea_colour": SEA_COLOUR,
    }
