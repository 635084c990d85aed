"""The server-rendered region map: the outline built by frontend/steps/20-map.mjs plus markers.

The outline (land, coastline, national border) comes from static/build/region-map.json with the
projection it was drawn in; markers are projected here with the same parameters. Without the
built file the page shows the list only.
"""

import json
import math
from dataclasses import dataclass
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
    # North to south: the keyboard order reads down the map, and southern markers (drawn
    # last) stay whole where markers overlap around Oslo.
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
        "legend": legend,
        "land_colour": LAND_COLOUR,
        "neighbour_colour": NEIGHBOUR_COLOUR,
        "sea_colour": SEA_COLOUR,
    }
