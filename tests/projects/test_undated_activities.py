"""2024 activities without a date: on the page of their project, never in the calendar."""

from datetime import datetime

import pytest
import time_machine

from events.dates import OSLO
from events.models import EventPage
from osloregionen.core.seeding import seed_data
from projects.models import ProjectActivity, ProjectPage
from tests.queries import count_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

HEADING = "Aktiviteter i 2024 uten fast dato"
SEEDED_ACTIVITIES = {
    entry["fields"]["slug"]: entry["children"]["activities"]
    for entry in seed_data("projects", "pages.json")
    if "activities" in entry.get("children", {})
}


def undated_events() -> list[dict]:
    return [row for rows in SEEDED_ACTIVITIES.values() for row in rows]


def activities_section(html: str) -> str:
    start = html.index('id="undated-activities-heading"')
    return html[start : html.index("</section>", start)]


def project(slug: str) -> ProjectPage:
    return ProjectPage.objects.get(slug=slug)


def test_the_seed_places_eleven_undated_activities():
    assert len(undated_events()) == 11
    assert ProjectActivity.objects.count() == 11  # the 4 regional-council visits have no project


def test_oslopolitan_page_lists_its_nine_activities_in_order(client):
    expected = [row["title"] for row in SEEDED_ACTIVITIES["oslopolitan"]]
    assert len(expected) == 9
    oslopolitan = project("oslopolitan")
    assert [a.title for a in oslopolitan.activities.all()] == expected
    html = client.get(oslopolitan.url).content.decode()
    assert HEADING in html
    section = activities_section(html)
    assert section.count("<li") == 9
    positions = [section.index(title) for title in expected]
    assert positions == sorted(positions)
    assert "2024" in section and "ikke kjent" not in section
    assert "Horten" in section and "the Conduit" in section


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
    section = activities_section(client.get(project(slug).url).content.decode())
    assert section.count("<li") == 1
    assert title in section


def test_regional_council_visits_are_on_no_project():
    assert not ProjectActivity.objects.filter(title__startswith="Besøk hos").exists()


def test_a_project_without_activities_has_no_section(client):
    html = client.get(project("seadito").url).content.decode()
    assert HEADING not in html


@pytest.mark.parametrize(
    "url",
    [
        "/arrangementer/",
        "/arrangementer/tidligere/",
        "/arrangementer/tidligere/?ar=2024",
        "/arrangementer/kalender.ics",
    ],
)
@time_machine.travel(datetime(2024, 1, 2, 12, tzinfo=OSLO), tick=False)
def test_undated_events_stay_out_of_the_calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200
    body = response.content.decode()
    for event in undated_events():
        assert event["title"] not in body, (url, event["title"])
    titles = {event["title"] for event in undated_events()}
    assert not EventPage.objects.filter(title__in=titles).exists()


def test_activities_do_not_grow_the_query_count(warm_client):
    oslopolitan = project("oslopolitan")
    warm_client.get(oslopolitan.url)
    before = count_queries(warm_client, oslopolitan.url)
    for number in range(10):
        ProjectActivity.objects.create(
            project=oslopolitan, title=f"Testaktivitet {number}", description="Laget i en test."
        )
    assert "Testaktivitet 9" in warm_client.get(oslopolitan.url).content.decode()
    assert count_queries(warm_client, oslopolitan.url) == before


def test_admin_edit_form_shows_the_activities(admin_client):
    oslopolitan = project("oslopolitan")
    html = admin_client.get(f"/admin/pages/{oslopolitan.pk}/edit/").content.decode()
    assert "Aktiviteter uten fast dato" in html
    assert "Warm up to Winter organisasjonsdag" in html
