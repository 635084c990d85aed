"""The seeded focus areas and projects: the five areas, the fourteen projects with what the
report says of their status, partners and activities without a date."""

import re

import pytest

from events.models import EventPage
from osloregionen.core.seeding import seed_data
from projects.models import FocusAreaPage, ProjectActivity, ProjectPage
from tests.seeded import norwegian

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

ENERGY_STATIONS = "/prosjekter/energistasjoner-for-gronn-naeringstransport/"
SEEDED_ACTIVITIES = {
    entry["fields"]["slug"]: entry["children"]["activities"]
    for entry in seed_data("projects", "pages.json")
    if "activities" in entry.get("children", {})
}


def activities_section(html: str) -> str:
    start = html.index('id="undated-activities-heading"')
    return html[start : html.index("</section>", start)]


def test_seed_has_all_focus_areas_and_projects():
    assert norwegian(FocusAreaPage).live().count() == 5
    assert norwegian(ProjectPage).live().count() == 14
    assert norwegian(FocusAreaPage).get(slug="energi").kind == "tverrgaende"


def test_the_focus_area_index_lists_the_five_areas(client):
    html = client.get("/innsatsomrader/").content.decode()
    for name in (
        "Areal, transport, mobilitet og logistikk",
        "Klima og miljø",
        "Konkurransekraft og attraktivitet",
        "Fellesskap og samarbeid",
        "Energi",
    ):
        assert name in html


def test_climate_and_environment_lists_its_activities_projects_and_news(client):
    html = client.get("/innsatsomrader/klima-og-miljo/").content.decode()
    assert "Foreta jevnlige kartlegginger av klimastatus i Osloregionen" in html
    assert "SEADITO" in html
    assert "Lambertseter videregående skole vant" in html
    assert "Team Oslo" not in html


def test_only_the_camp_is_stated_as_carried_out(client):
    html = client.get("/prosjekter/?status=avsluttet").content.decode()
    assert "Innovasjonscamp «Vannet vårt»" in html
    assert re.search(r">\s*1 prosjekt\s*<", html)
    assert "14 prosjekter" in client.get("/prosjekter/").content.decode()


def test_seadito_has_no_stated_status_but_the_reports_words(client):
    html = client.get("/prosjekter/seadito/").content.decode()
    assert "Treårig prosjekt; kick-off 18. september 2024" in html
    assert "Pågår" not in html and "2027" not in html


def test_the_energy_stations_project_with_its_partners_in_order(client):
    html = client.get(ENERGY_STATIONS).content.decode()
    assert "Klimasats" in html and "2022–2026" in html
    positions = [
        html.index(name)
        for name in ("Østlandssamarbeidet", "Norconsult", "Mosseregionen", "Drammensregionen")
    ]
    assert positions == sorted(positions)
    assert "Veileder for etablering av energistasjoner er lansert" in html


def test_the_seed_places_eleven_undated_activities():
    assert sum(len(rows) for rows in SEEDED_ACTIVITIES.values()) == 11
    assert norwegian(ProjectActivity).count() == 11  # the 4 regional-council visits have no project
    assert not norwegian(ProjectActivity).filter(title__startswith="Besøk hos").exists()


def test_oslopolitan_lists_its_nine_activities_in_order(client):
    expected = [row["title"] for row in SEEDED_ACTIVITIES["oslopolitan"]]
    assert len(expected) == 9
    section = activities_section(client.get("/prosjekter/oslopolitan/").content.decode())
    assert section.count("<li") == 9
    assert [section.index(title) for title in expected] == sorted(
        section.index(title) for title in expected
    )


@pytest.mark.parametrize(
    ("slug", "title"),
    [
        (
            "european-talent-mobility-forum",
            "European Talent Mobility Forum – fysisk møte i Brussel",
        ),
        (
            "energistasjoner-for-gronn-naeringstransport",
            "Webinar om elektrifisering av tungtransport",
        ),
    ],
)
def test_single_activities_are_on_their_projects(client, slug, title):
    section = activities_section(client.get(f"/prosjekter/{slug}/").content.decode())
    assert section.count("<li") == 1
    assert title in section


def test_no_undated_activity_is_an_event():
    titles = {row["title"] for rows in SEEDED_ACTIVITIES.values() for row in rows}
    assert not norwegian(EventPage).filter(title__in=titles).exists()
