"""The seeded members: the 65 municipalities of the annual report, their counties, delregioner
and facts, on the pages and on the map."""

import re
from collections import Counter
from datetime import date
from decimal import Decimal

import pytest

from members import region_map
from members.models import County, MunicipalityPage, SubRegionPage
from osloregionen.core.seeding import seed_data
from tests.seeded import norwegian

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

ENTRIES = [
    entry["fields"]
    for entry in seed_data("members", "pages.json")
    if entry["type"] == "members.MunicipalityPage"
]


def test_all_65_municipalities_are_live():
    assert norwegian(MunicipalityPage).live().count() == 65
    assert norwegian(MunicipalityPage).live().current().count() == 65


def test_counts_per_county_match_the_report():
    counts = Counter(norwegian(MunicipalityPage).values_list("county", flat=True))
    assert counts == {
        County.OSLO: 1,
        County.OSTFOLD: 12,
        County.AKERSHUS: 21,
        County.BUSKERUD: 10,
        County.INNLANDET: 17,
        County.VESTFOLD: 2,
        County.TELEMARK: 2,
    }


def test_every_fact_of_every_municipality_is_seeded():
    pages = {page.municipality_number: page for page in norwegian(MunicipalityPage).all()}
    assert len(pages) == 65
    assert len(ENTRIES) == 65
    for facts in ENTRIES:
        page = pages[facts["municipality_number"]]
        assert page.title == facts["title"]
        assert page.official_name == facts["official_name"]
        assert page.county == facts["county"]
        assert page.administrative_centre == facts.get("administrative_centre", "")
        assert page.latitude == Decimal(facts["latitude"])
        assert page.longitude == Decimal(facts["longitude"])
        assert page.website == facts.get("website", "")
        assert {s.url_path.removeprefix("/hjem") for s in page.subregions.all()} == set(
            facts.get("subregions", [])
        )


def test_source_typos_are_fixed():
    assert norwegian(MunicipalityPage).filter(title="Skiptvet").exists()
    assert norwegian(MunicipalityPage).filter(title="Elverum").exists()
    assert not norwegian(MunicipalityPage).filter(title__in=["Skiptvedt", "Elverun"]).exists()


def test_elverum_is_member_from_2024():
    elverum = norwegian(MunicipalityPage).get(slug="elverum")
    assert elverum.member_since == date(2024, 1, 1)
    assert not elverum.subregions.exists()
    assert (
        norwegian(MunicipalityPage)
        .exclude(slug="elverum")
        .filter(member_since__isnull=False)
        .count()
        == 0
    )


def test_sixteen_subregions_with_jevnaker_in_two():
    assert norwegian(SubRegionPage).live().count() == 16
    jevnaker = norwegian(MunicipalityPage).get(slug="jevnaker")
    assert {s.title for s in jevnaker.subregions.all()} == {
        "Ringeriksregionen",
        "Hadelandsregionen",
    }


def test_oslo_is_municipality_and_subregion_without_clash():
    municipality = norwegian(MunicipalityPage).get(slug="oslo")
    subregion = norwegian(SubRegionPage).get(slug="oslo")
    assert municipality.url_path.endswith("/medlemmer/oslo/")
    assert subregion.url_path.endswith("/medlemmer/delregioner/oslo/")
    assert list(municipality.subregions.all()) == [subregion]


def test_slugs_are_ascii_and_readable():
    slugs = set(norwegian(MunicipalityPage).values_list("slug", flat=True))
    assert {"baerum", "as", "ostre-toten", "ovre-eiker", "rade", "sondre-land"} <= slugs
    assert all(slug.isascii() for slug in slugs)
    assert norwegian(SubRegionPage).filter(slug="sondre-ostfold-regionrad").exists()


def test_the_member_list_shows_the_65_by_county(client):
    html = client.get("/medlemmer/").content.decode()
    assert "65 medlemskommuner" in html
    for county, count in [
        ("Oslo", "1 kommune"),
        ("Akershus", "21 kommuner"),
        ("Buskerud", "10 kommuner"),
        ("Østfold", "12 kommuner"),
        ("Innlandet", "17 kommuner"),
        ("Vestfold", "2 kommuner"),
        ("Telemark", "2 kommuner"),
    ]:
        assert re.search(rf">\s*{county}\s*<span[^>]*>\s*\({count}\)", html), county
    assert html.count('class="members-map__marker"') == 65


def test_the_subregion_list_shows_the_sixteen(client):
    html = client.get("/medlemmer/delregioner/").content.decode()
    assert "16 delregioner" in html
    assert html.count('<div class="ds-card">') == 16


def test_every_municipality_page_answers(client):
    for page in norwegian(MunicipalityPage).live():
        assert client.get(page.url).status_code == 200, page.url


def test_every_seeded_centre_lies_inside_the_map():
    outline = region_map.load_outline()
    for page in norwegian(MunicipalityPage).all():
        x, y = outline.project(float(page.longitude), float(page.latitude))
        assert 0 < x < outline.width and 0 < y < outline.height, page.title


def test_hadelandsregionen_has_its_board_seat_from_the_report(client):
    html = client.get("/medlemmer/delregioner/hadelandsregionen/").content.decode()
    assert "Harald Tyrdal" in html
