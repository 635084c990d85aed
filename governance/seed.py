"""Seed /organisasjon/: parties, people, the organs with their 2024 composition, and meetings."""

from pathlib import Path

from members.models import MunicipalityPage, SubRegionPage
from osloregionen.core.seeding import get_or_create_by, load_facts, paragraph, upsert_page

from .models import InnsynPage, OrganisationIndexPage, Party, Person
from .seed_cases import seed_cases
from .seed_meetings import seed_meetings
from .seed_organs import seed_organs

APP_DIR = Path(__file__).parent
FACTS = load_facts(APP_DIR, "governance.json")
SUBREGION_FACTS = load_facts(APP_DIR, "subregions.json")
CASE_FACTS = load_facts(APP_DIR, "cases.json")
INNSYN = load_facts(APP_DIR, "innsyn.json")["page"]

ORGANISATION_INTRO = (
    "Osloregionen IPR styres av representantskapet, der hver medlemskommune har én stemme. "
    "Representantskapet velger styret. Interessepolitisk utvalg behandler de politiske sakene "
    "før de går til styret, og sekretariatet og de administrative gruppene gir faglige råd."
)


def seed(home) -> OrganisationIndexPage:
    parties = seed_parties()
    people = seed_people(parties)
    organisation = FACTS["organisation"]
    index = upsert_page(
        home,
        OrganisationIndexPage,
        slug="organisasjon",
        title="Organisasjon",
        intro=ORGANISATION_INTRO,
        search_description="Hvordan Osloregionen IPR styres: representantskapet, styret, "
        "interessepolitisk utvalg, sekretariatet og de administrative gruppene.",
        body=[
            {"type": "paragraph", "value": f"<p>{organisation['description_source']}</p>"},
            {"type": "paragraph", "value": f"<p>{organisation['legal_form']}.</p>"},
        ],
    )
    organs = seed_organs(index, FACTS, people, _lookups())
    seed_meetings(organs, FACTS, people)
    seed_cases(index, organs, CASE_FACTS)
    upsert_page(
        index, InnsynPage, **(INNSYN | {"body": [paragraph(html) for html in INNSYN["body"]]})
    )
    return index


def seed_parties() -> dict[str, Party]:
    names = SUBREGION_FACTS["_meta"]["party_abbreviations"]
    return {
        abbreviation: get_or_create_by(Party, {"abbreviation": abbreviation}, name=name)
        for abbreviation, name in names.items()
    }


def seed_people(parties: dict[str, Party]) -> dict[str, Person]:
    """Everyone the report names, once. Titles and municipalities only where the data gives them."""
    details = _organ_people_details()
    people = {}
    for facts in FACTS["people"]:
        name = facts["name"]
        extra = details.get(name, {})
        people[name] = get_or_create_by(
            Person,
            {"name": name},
            title=extra.get("title", ""),
            party=parties.get(facts["party"]),
            municipality=_municipality(extra.get("municipality")),
        )
    return people


def _organ_people_details() -> dict[str, dict]:
    """Title and home municipality of the politicians and guests, from the organ data."""
    styret = FACTS["political_bodies"]["styret"]
    details = {m["name"]: {"municipality": m["municipality"]} for m in styret["members_2024"]}
    for leader in (styret["chair"], styret["deputy_chair"]):
        details[leader["name"]]["title"] = leader["title"]
    for member in FACTS["political_bodies"]["interessepolitisk_utvalg"]["members_2024"]:
        entry = details.setdefault(member["name"], {"municipality": member["region"]})
        if "title" not in entry:
            # The utvalg list gives «Ordfører»; the board table gives the municipality.
            where = entry["municipality"]
            entry["title"] = (
                f"{member['title']} i {where}"
                if member["title"] == "Ordfører"
                else f"{member['title']}, {where}"
            )
    # The people index: «Ordfører i Lunner».
    details["Harald Tyrdal"]["title"] = "Ordfører i Lunner kommune"
    for staff in FACTS["administrative_bodies"]["sekretariatet"]["staff_2024"]:
        details[staff["name"]] = {"title": f"{staff['title'].capitalize()} i Osloregionen IPR"}
    for meeting in styret["meetings_2024"]:
        for guest in meeting.get("guests", []):
            title = guest["title"][0].upper() + guest["title"][1:]
            details[guest["name"]] = {"title": f"{title}, {guest['organisation']}"}
    details["Geir Inge Lien"] = {
        "title": "Stortingsrepresentant, medlem av Transport- og kommunikasjonskomiteen"
    }
    return details


def _municipality(official_name: str | None):
    if not official_name:
        return None
    return MunicipalityPage.objects.filter(official_name=official_name).first()


def _lookups():
    """Find the delregion and municipality pages the members seed made, by name."""
    subregions = {page.title: page for page in SubRegionPage.objects.all()}
    municipalities = {page.official_name: page for page in MunicipalityPage.objects.all()}
    return subregions, municipalities
