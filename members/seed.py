"""Seed /medlemmer/: the 65 member municipalities and 16 delregioner of 2024."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from osloregionen.core import norwegian
from osloregionen.core.seeding import load_facts, upsert_page

from .models import (
    County,
    MunicipalityIndexPage,
    MunicipalityPage,
    SubRegionIndexPage,
    SubRegionPage,
)

APP_DIR = Path(__file__).parent
COUNTIES = {county.label: county.value for county in County}
# The delregion called «Oslo kommune» in the board table gets the short slug, like the municipality.
SUBREGION_SLUGS = {"Oslo kommune": "oslo"}
# Facts from the seed data's notes and sources worth showing to visitors.
VISITOR_NOTES = {
    "Nes": "Nes i Akershus, ikke Nesbyen.",
    "Våler": "Våler i Østfold, ikke Våler i Innlandet.",
    "Elverum": "Kommunestyret i Elverum vedtok 29. mars 2023 å slutte seg til "
    "samarbeidsavtalen for Osloregionen IPR, med virkning fra 1. januar 2024.",
}


def seed(home) -> MunicipalityIndexPage:
    index = upsert_page(
        home,
        MunicipalityIndexPage,
        slug="medlemmer",
        title="Medlemmer",
        intro=(
            "Osloregionen har 65 medlemskommuner i Oslo, Akershus, Buskerud, Østfold, "
            "Innlandet, Vestfold og Telemark. Finn kommunen din i listen eller i kartet."
        ),
        search_description="De 65 medlemskommunene i Osloregionen IPR, etter fylke og "
        "delregion, med kart.",
    )
    subregions = _seed_subregions(index)
    for facts in load_facts(APP_DIR, "municipalities.json")["municipalities"]:
        _seed_municipality(index, facts, subregions)
    return index


def _seed_subregions(index) -> dict[str, SubRegionPage]:
    container = upsert_page(
        index,
        SubRegionIndexPage,
        slug="delregioner",
        title="Delregioner",
        intro=(
            "Medlemskommunene er samlet i 16 delregioner, og hver delregion har en representant "
            "i Osloregionens styre. Styret er en viktig møteplass og arena for "
            "informasjonsutveksling mellom de ulike delregionene i Osloregionen."
        ),
        search_description="De 16 delregionene i Osloregionen og kommunene i hver av dem.",
    )
    pages = {}
    for facts in load_facts(APP_DIR, "subregions.json")["subregions"]:
        name = facts["name"]
        pages[name] = upsert_page(
            container,
            SubRegionPage,
            slug=SUBREGION_SLUGS.get(name) or norwegian.slug(name),
            title=name,
            intro=_subregion_intro(name),
            search_description=f"{name}: delregion i Osloregionen, med medlemskommunene.",
        )
    return pages


def _subregion_intro(name: str) -> str:
    if name == "Oslo kommune":
        return (
            "Oslo kommune er både medlemskommune og egen delregion i Osloregionen, og har en "
            "representant i styret."
        )
    return f"{name} er en av de 16 delregionene i Osloregionen og har en representant i styret."


def _seed_municipality(index, facts: dict, subregions: dict[str, SubRegionPage]):
    names = [facts["subregion"], *facts["other_subregions"]] if facts["subregion"] else []
    county = COUNTIES[facts["county"]]
    summary = f"{facts['official_name']} i {facts['county']} er medlem av Osloregionen."
    return upsert_page(
        index,
        MunicipalityPage,
        slug=norwegian.slug(facts["name"]),
        title=facts["name"],
        official_name=facts["official_name"],
        municipality_number=facts["kommunenummer"],
        county=county,
        administrative_centre=facts["administrative_centre"] or "",
        latitude=Decimal(str(facts["latitude"])),
        longitude=Decimal(str(facts["longitude"])),
        website=facts["website"] or "",
        member_since=date.fromisoformat(facts["member_since"]) if facts["member_since"] else None,
        subregions=[subregions[name] for name in names],
        intro=" ".join(filter(None, [summary, VISITOR_NOTES.get(facts["name"])])),
        search_description=summary,
    )
