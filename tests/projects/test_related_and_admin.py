"""Events shown by time on focus areas and projects, and the admin forms of every page type."""

import datetime

import pytest
import time_machine

from events.models import EventPage
from osloregionen.news.models import NewsIndexPage, NewsPage
from projects.models import FocusAreaIndexPage, FocusAreaPage, ProjectIndexPage, ProjectPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def events_section(html: str) -> str:
    start = html.index('id="events-heading"')
    return html[start : html.index("</section>", start)]


def first_event(**lookup) -> EventPage:
    return EventPage.objects.live().filter(**lookup).order_by("start").first()


def test_focus_area_lists_upcoming_events_only(client):
    event = first_event(focus_areas__slug="energi")
    assert event is not None, "the events seed tags events with the energy focus area"
    with time_machine.travel(event.start - datetime.timedelta(days=1)):
        assert event.title in events_section(client.get("/innsatsomrader/energi/").content.decode())
    with time_machine.travel(datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)):
        section = events_section(client.get("/innsatsomrader/energi/").content.decode())
        assert event.title not in section
        assert "Ingen kommende arrangementer" in section


def test_project_page_lists_its_events(client):
    event = first_event(project__isnull=False)
    assert event is not None, "the events seed links events to projects"
    project = ProjectPage.objects.get(pk=event.project_id)
    html = client.get(project.url).content.decode()
    assert event.title in html


@pytest.mark.parametrize(
    "model",
    [FocusAreaIndexPage, FocusAreaPage, ProjectIndexPage, ProjectPage, NewsIndexPage, NewsPage],
)
def test_admin_edit_form_renders(admin_client, model):
    page = model.objects.first()
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("model", "parent_model"),
    [
        (FocusAreaPage, FocusAreaIndexPage),
        (ProjectPage, ProjectIndexPage),
        (NewsPage, NewsIndexPage),
    ],
)
def test_admin_create_form_renders(admin_client, model, parent_model):
    parent = parent_model.objects.first()
    label = model._meta.app_label
    name = model._meta.model_name
    response = admin_client.get(f"/admin/pages/add/{label}/{name}/{parent.pk}/")
    assert response.status_code == 200


def test_admin_shows_clean_error_to_editor(admin_client):
    parent = ProjectIndexPage.objects.first()
    response = admin_client.post(
        f"/admin/pages/add/projects/projectpage/{parent.pk}/",
        {
            "title": "Nytt prosjekt",
            "slug": "nytt-prosjekt",
            "goal": "Et mål",
            "status": "pagar",
            "start_year": "2025",
            "end_year": "2020",
            "search_description": "Kort sammendrag.",
            "partners-TOTAL_FORMS": "0",
            "partners-INITIAL_FORMS": "0",
            "partners-MIN_NUM_FORMS": "0",
            "partners-MAX_NUM_FORMS": "1000",
            "funding-TOTAL_FORMS": "0",
            "funding-INITIAL_FORMS": "0",
            "funding-MIN_NUM_FORMS": "0",
            "funding-MAX_NUM_FORMS": "1000",
            "body-count": "0",
        },
    )
    assert response.status_code == 200
    assert "Sluttåret kan ikke være før startåret." in response.content.decode()
    assert not ProjectPage.objects.filter(slug="nytt-prosjekt").exists()
