"""Events shown by time on focus areas and projects, and the admin forms of every page type."""

import datetime

import pytest
import time_machine

from events import dates
from osloregionen.news.models import NewsIndexPage, NewsPage
from projects.models import FocusAreaIndexPage, FocusAreaPage, ProjectIndexPage, ProjectPage
from tests.factories import EventIndexPageFactory, EventPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def events_section(html: str) -> str:
    start = html.index('id="events-heading"')
    return html[start : html.index("</section>", start)]


def test_focus_area_lists_upcoming_events_only(client, sections):
    event = EventPageFactory(
        title="Energiseminaret",
        start=dates.local_midnight(datetime.date(2029, 5, 2)),
        focus_areas=[sections.energy],
    )
    with time_machine.travel(event.start - datetime.timedelta(days=1)):
        assert event.title in events_section(client.get("/innsatsomrader/energi/").content.decode())
    with time_machine.travel(datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)):
        section = events_section(client.get("/innsatsomrader/energi/").content.decode())
        assert event.title not in section
        assert "Ingen kommende arrangementer" in section


def test_project_page_lists_its_events(client, add_project):
    project = add_project("SEADITO")
    calendar = EventIndexPageFactory()
    EventPageFactory(parent=calendar, title="Oppstart for SEADITO", project=project)
    EventPageFactory(parent=calendar, title="Et annet arrangement")
    html = client.get(project.url).content.decode()
    assert "Oppstart for SEADITO" in html
    assert "Et annet arrangement" not in html


@pytest.mark.parametrize(
    "model",
    [FocusAreaIndexPage, FocusAreaPage, ProjectIndexPage, ProjectPage, NewsIndexPage, NewsPage],
)
def test_admin_edit_form_renders(admin_client, sections, add_project, model):
    add_project("SEADITO", focus_areas=[sections.energy])
    NewsPageFactory(parent=sections.news, focus_areas=[sections.energy])
    page = model.objects.first()
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert page.title in response.content.decode()


@pytest.mark.parametrize(
    ("model", "parent_model"),
    [
        (FocusAreaPage, FocusAreaIndexPage),
        (ProjectPage, ProjectIndexPage),
        (NewsPage, NewsIndexPage),
    ],
)
def test_admin_create_form_renders(admin_client, sections, model, parent_model):
    parent = parent_model.objects.get()
    label = model._meta.app_label
    name = model._meta.model_name
    response = admin_client.get(f"/admin/pages/add/{label}/{name}/{parent.pk}/")
    assert response.status_code == 200


def test_admin_shows_clean_error_to_editor(admin_client, sections):
    response = admin_client.post(
        f"/admin/pages/add/projects/projectpage/{sections.projects.pk}/",
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
