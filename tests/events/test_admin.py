from datetime import datetime

import pytest

from events.models import EventPage
from tests.factories import FocusAreaPageFactory, MunicipalityPageFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db


def test_editor_can_open_the_add_forms(admin_client, event_index):
    response = admin_client.get(f"/admin/pages/add/events/eventpage/{event_index.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for label in ("Starter", "Hvor sikker er datoen", "Lenke til sendingen", "Påmeldingsfrist"):
        assert label in html


def test_editor_can_open_an_event_with_its_relations(admin_client, make_event):
    event = make_event(
        "finale",
        datetime(2024, 11, 12, 12),
        municipality=MunicipalityPageFactory(title="Oslo"),
        project=ProjectPageFactory(title="Innovasjonscamp"),
        speakers=[("speaker", {"name": "Kari Innleder", "role": "Daglig leder"})],
    )
    event.focus_areas.set([FocusAreaPageFactory(title="Klima og miljø")])
    event.save_revision().publish()
    response = admin_client.get(f"/admin/pages/{event.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kari Innleder" in html and "Klima og miljø" in html


def test_end_before_start_is_refused_in_the_editor(admin_client, event_index):
    response = admin_client.post(
        f"/admin/pages/add/events/eventpage/{event_index.pk}/",
        {
            "title": "Feil rekkefølge",
            "slug": "feil-rekkefolge",
            "start": "2030-03-01 10:00",
            "end": "2030-03-01 09:00",
            "kind": "seminar",
            "status": "planlagt",
            "date_precision": "day",
            "attendance": "fysisk",
            "body-count": "0",
            "programme-count": "0",
            "speakers-count": "0",
            "presentations-count": "0",
        },
    )
    assert response.status_code == 200
    assert "Arrangementet kan ikke slutte før det starter." in response.content.decode()
    assert not EventPage.objects.filter(slug="feil-rekkefolge").exists()
