from datetime import date
from types import SimpleNamespace

import pytest

from members.models import County, MunicipalityIndexPage
from tests.factories import (
    MunicipalityIndexPageFactory,
    MunicipalityPageFactory,
    SubRegionIndexPageFactory,
    SubRegionPageFactory,
)
from tests.module_data import built_once

# A small region for the member list: (title, county, number, delregioner, other fields).
MUNICIPALITIES = [
    ("Oslo", County.OSLO, "0301", ["Oslo"], {}),
    (
        "Asker",
        County.AKERSHUS,
        "3203",
        ["Asker og Bærum"],
        {"website": "https://www.asker.kommune.no", "administrative_centre": "Asker sentrum"},
    ),
    ("Bærum", County.AKERSHUS, "3201", ["Asker og Bærum"], {}),
    ("Vestby", County.AKERSHUS, "3216", [], {}),
    ("Ås", County.AKERSHUS, "3218", [], {}),
    ("Øvre Eiker", County.BUSKERUD, "3314", [], {}),
    ("Halden", County.OSTFOLD, "3101", [], {}),
    ("Gran", County.INNLANDET, "3446", ["Hadelandsregionen"], {}),
    ("Jevnaker", County.INNLANDET, "3236", ["Hadelandsregionen", "Ringeriksregionen"], {}),
    ("Lunner", County.INNLANDET, "3234", ["Hadelandsregionen"], {}),
    ("Hole", County.BUSKERUD, "3310", ["Ringeriksregionen"], {}),
    ("Vestre Toten", County.INNLANDET, "3443", [], {}),
    ("Østre Toten", County.INNLANDET, "3442", [], {}),
    ("Åsnes", County.INNLANDET, "3417", [], {}),
    ("Sør-Odal", County.INNLANDET, "3415", [], {}),
    ("Søndre Land", County.INNLANDET, "3447", [], {}),
    ("Elverum", County.INNLANDET, "3420", [], {"member_since": date(2024, 1, 1)}),
]
SUBREGIONS = ["Asker og Bærum", "Hadelandsregionen", "Oslo", "Ringeriksregionen"]
SLUGS = {"Bærum": "baerum", "Ås": "as", "Øvre Eiker": "ovre-eiker", "Østre Toten": "ostre-toten",
         "Åsnes": "asnes", "Sør-Odal": "sor-odal", "Søndre Land": "sondre-land",
         "Asker og Bærum": "asker-og-baerum"}  # fmt: skip


def slug(title: str) -> str:
    return SLUGS.get(title, title.lower().replace(" ", "-"))


def build_region() -> SimpleNamespace:
    """/medlemmer/ with the municipalities above and /medlemmer/delregioner/ with four delregioner."""
    index = MunicipalityIndexPageFactory(title="Medlemmer", slug="medlemmer")
    subregion_index = SubRegionIndexPageFactory(
        parent=index, title="Delregioner", slug="delregioner"
    )
    subregions = {
        title: SubRegionPageFactory(parent=subregion_index, title=title, slug=slug(title))
        for title in SUBREGIONS
    }
    municipalities = {}
    for title, county, number, in_subregions, fields in MUNICIPALITIES:
        page = MunicipalityPageFactory(
            parent=index,
            title=title,
            slug=slug(title),
            county=county,
            municipality_number=number,
            **fields,
        )
        page.subregions.set([subregions[name] for name in in_subregions])
        page.save()
        municipalities[title] = page
    return SimpleNamespace(
        index=index,
        subregion_index=subregion_index,
        subregions=subregions,
        municipalities=municipalities,
    )


@pytest.fixture(scope="module")
def region(django_db_setup, django_db_blocker) -> SimpleNamespace:
    """The small region above, built once for the test module."""
    with built_once(django_db_blocker):
        yield build_region()


@pytest.fixture
def member_index(db) -> MunicipalityIndexPage:
    return MunicipalityIndexPageFactory(title="Medlemmer", slug="medlemmer")
