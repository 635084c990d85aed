"""2024 activities without a date: on the page of their project, never in the calendar."""

import json
from datetime import datetime
from pathlib import Path

import pytest
import time_machine

from events.dates import OSLO
from events.models import EventPage
from projects import seed as project_seed
from projects.models import ProjectActivity, ProjectPage
from tests.queries import count_queries

pytestmark = pytest.mark.django_db

EVENT_FACTS = Path(__file__).resolve().parents[2] / "events" / "seed_data" / "events_2024.json"
HEADING = "Aktiviteter i 2024 uten fast dato"


def undated_events() -> list[dict]:
    events = json.loads(EVENT_FACTS.read_text(encoding="utf-8"))["events"]
    return [event for event in events if event["date"] is None and not event["month"]]


def activities_section(html: str) -> str:
    start = html.index('id="undated-activities-heading"')
    return html[start : html.index("</section>", start)]


def project(slug: str) -> ProjectPage:
    return ProjectPage.objects.get(slug=slug)


def test_the_source_has_fifteen_undated_events_and_the_seed_places_eleven():
    assert len(undated_events()) == 15
    assert ProjectActivity.objects.count() == 11  # the 4 regional-council visits have no project


def test_oslopolitan_page_lists_its_nine_activities_in_order(client):
    expected = [
        event["title"]
        for event in undated_events()
        if event["category"] == "arrangement for utenlandske arbeidstakere"
    ]
    assert len(expected) == 9
    oslopolitan = project("oslopolitan")
    assert [a.title for a in oslopolitan.activities.all()] == expected
    html = client.get(oslopolitan.url).content.decode()
    assert HEADING in html
    section = activities_section(html)
    assert section.count("<li") == 9
    positions = [section.index(title) for title in expected]
    assert positions == sorted(positions)
    assert "2024, dato ikke kjent" in section
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


def seeded_projects() -> dict[str, ProjectPage]:
    return {shape["id"]: project(shape["slug"]) for shape in project_seed.STRUCTURE["projects"]}


def test_seed_is_idempotent_and_keeps_editors_changes():
    oslopolitan = project("oslopolitan")
    first = oslopolitan.activities.order_by("sort_order").first()
    first.title = "Endret av redaktør"
    first.save()
    oslopolitan.activities.order_by("sort_order").last().delete()
    before = list(ProjectActivity.objects.order_by("pk").values_list("pk", "title"))
    project_seed.seed_undated_activities(seeded_projects())
    project_seed.seed_undated_activities(seeded_projects())
    assert list(ProjectActivity.objects.order_by("pk").values_list("pk", "title")) == before


def test_seed_fills_a_project_that_has_none():
    ProjectActivity.objects.filter(project__slug="oslopolitan").delete()
    project_seed.seed_undated_activities(seeded_projects())
    project_seed.seed_undated_activities(seeded_projects())
    assert project("oslopolitan").activities.count() == 9
    assert ProjectActivity.objects.count() == 11


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
