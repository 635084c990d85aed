"""Activities without a date: on the page of their project, never in the calendar."""

from datetime import datetime

import pytest
import time_machine

from events.dates import OSLO
from projects.models import ProjectActivity
from tests.factories import EventIndexPageFactory, EventPageFactory
from tests.queries import count_queries

pytestmark = pytest.mark.django_db

HEADING = "Aktiviteter i 2024 uten fast dato"


def activities_section(html: str) -> str:
    start = html.index('id="undated-activities-heading"')
    return html[start : html.index("</section>", start)]


@pytest.fixture
def oslopolitan(add_project):
    project = add_project("Oslopolitan")
    for order, (title, place) in enumerate(
        [
            ("Byvandring i Horten", "Horten"),
            ("Warm up to Winter organisasjonsdag", ""),
            ("Kveld på the Conduit", "the Conduit"),
        ]
    ):
        ProjectActivity.objects.create(
            project=project,
            title=title,
            description="Et tilbud til internasjonale arbeidstakere.",
            place=place,
            period_note="2024",
            sort_order=order,
        )
    return project


def test_a_project_lists_its_activities_in_order(client, oslopolitan):
    expected = ["Byvandring i Horten", "Warm up to Winter organisasjonsdag", "Kveld på the Conduit"]
    assert [a.title for a in oslopolitan.activities.all()] == expected
    html = client.get(oslopolitan.url).content.decode()
    assert HEADING in html
    section = activities_section(html)
    assert section.count("<li") == 3
    positions = [section.index(title) for title in expected]
    assert positions == sorted(positions)
    assert "2024" in section and "ikke kjent" not in section
    assert "Horten" in section and "the Conduit" in section


def test_a_project_without_activities_has_no_section(client, add_project):
    assert HEADING not in client.get(add_project("SEADITO").url).content.decode()


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
def test_undated_activities_stay_out_of_the_calendar(client, oslopolitan, url):
    calendar = EventIndexPageFactory(title="Arrangementer", slug="arrangementer")
    dated = [
        EventPageFactory(parent=calendar, title=f"Et arrangement {start:%B}", start=start)
        for start in (datetime(2024, 2, 1, 10, tzinfo=OSLO), datetime(2023, 12, 1, 10, tzinfo=OSLO))
    ]
    response = client.get(url)
    assert response.status_code == 200
    body = response.content.decode()
    assert any(event.url in body for event in dated), url  # the list shows the dated events
    for activity in oslopolitan.activities.all():
        assert activity.title not in body, (url, activity.title)


def test_activities_do_not_grow_the_query_count(warm_client, oslopolitan):
    before = count_queries(warm_client, oslopolitan.url)
    for number in range(10):
        ProjectActivity.objects.create(
            project=oslopolitan, title=f"Testaktivitet {number}", description="Laget i en test."
        )
    assert "Testaktivitet 9" in warm_client.get(oslopolitan.url).content.decode()
    assert count_queries(warm_client, oslopolitan.url) == before


def test_admin_edit_form_shows_the_activities(admin_client, oslopolitan):
    html = admin_client.get(f"/admin/pages/{oslopolitan.pk}/edit/").content.decode()
    assert "Aktiviteter uten fast dato" in html
    assert "Warm up to Winter organisasjonsdag" in html
