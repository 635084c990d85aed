import re
from html.parser import HTMLParser

import pytest

from members import region_map

from .conftest import MUNICIPALITIES

pytestmark = pytest.mark.django_db


class MarkerParser(HTMLParser):
    """Collects (href, aria-label, <title> text) of each map marker link."""

    def __init__(self):
        super().__init__()
        self.markers = []
        self._current = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("class") == "members-map__marker":
            self._current = [attrs["href"], attrs["aria-label"], ""]
        elif tag == "title" and self._current is not None:
            self._current[2] = None

    def handle_data(self, data):
        if self._current is not None and self._current[2] is None:
            self._current[2] = data.strip()

    def handle_endtag(self, tag):
        if tag == "a" and self._current is not None:
            self.markers.append(tuple(self._current))
            self._current = None


def _markers(svg: str) -> list[tuple[str, str, str]]:
    parser = MarkerParser()
    parser.feed(svg)
    return parser.markers


def _svg(html: str) -> str:
    match = re.search(r"<svg class=\"members-map__svg\".*?</svg>", html, re.S)
    assert match, "no map on the page"
    return match.group(0)


def test_map_has_one_named_link_per_municipality(client, region):
    svg = _svg(client.get("/medlemmer/").content.decode())
    markers = _markers(svg)
    assert len(markers) == len(MUNICIPALITIES)
    expected = {page.title: page.url for page in region.municipalities.values()}
    assert {label: url for url, label, _title in markers} == expected
    assert all(label == title for _url, label, title in markers)


def test_map_is_a_group_not_an_image(client, region):
    svg = _svg(client.get("/medlemmer/").content.decode())
    opening = svg.split(">", 1)[0]
    assert 'role="group"' in opening and 'role="img"' not in opening
    assert 'aria-labelledby="members-map-title"' in opening
    assert '<title id="members-map-title">' in svg
    assert '<g aria-hidden="true">' in svg


def test_map_draws_coast_and_border_without_external_requests(client, region):
    html = client.get("/medlemmer/").content.decode()
    svg = _svg(html)
    assert re.search(r'class="members-map__coast" d="M[0-9]', svg)
    assert re.search(r'class="members-map__border" d="M[0-9]', svg)
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")
    assert "Set-Cookie" not in str(client.get("/medlemmer/").headers)


def test_markers_are_drawn_inside_the_map(client, region):
    svg = _svg(client.get("/medlemmer/").content.decode())
    width, height = map(float, re.search(r'viewBox="0 0 ([0-9.]+) ([0-9.]+)"', svg).groups())
    centres = re.findall(r'class="members-map__hit" cx="([0-9.-]+)" cy="([0-9.-]+)"', svg)
    assert len(centres) == len(MUNICIPALITIES)
    for x, y in centres:
        assert 0 < float(x) < width and 0 < float(y) < height


def test_map_outline_file_is_small():
    outline = region_map.load_outline()
    size = len(outline.coast) + len(outline.border) + sum(map(len, outline.land.values()))
    assert size < 60_000


def _legend(html: str) -> list[str]:
    legend = re.search(r'<ul class="members-map__legend">(.*?)</ul>', html, re.S).group(1)
    return [label.strip() for label in re.findall(r"</svg>\s*([^<]+?)\s*</li>", legend)]


def test_legend_names_every_county_shown_and_no_other(client, region):
    html = client.get("/medlemmer/").content.decode()
    assert _legend(html) == ["Oslo", "Akershus", "Buskerud", "Østfold", "Innlandet"]
    assert _legend(client.get("/medlemmer/?q=toten").content.decode()) == ["Innlandet"]


def test_filtered_map_shows_the_matches_only(client, region):
    svg = _svg(client.get("/medlemmer/?q=toten").content.decode())
    assert sorted(label for _u, label, _t in _markers(svg)) == ["Vestre Toten", "Østre Toten"]


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(
    "background",
    [region_map.LAND_COLOUR, region_map.NEIGHBOUR_COLOUR, region_map.SEA_COLOUR],
)
def test_marker_colours_have_3_to_1_contrast(background):
    for county, (colour, _shape) in region_map.COUNTY_STYLES.items():
        assert _contrast(colour, background) >= 3, county


def test_each_county_has_its_own_shape():
    shapes = [shape for _colour, shape in region_map.COUNTY_STYLES.values()]
    assert len(set(shapes)) == len(shapes)


def test_page_renders_the_list_without_a_built_map(client, region, monkeypatch):
    monkeypatch.setattr(region_map.finders, "find", lambda path: None)
    html = client.get("/medlemmer/").content.decode()
    assert "members-map__svg" not in html
    assert f"{len(MUNICIPALITIES)} medlemskommuner" in html
