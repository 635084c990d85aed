"""The editors' to-do panel: pages waiting for approval, events without follow-up, stale pages."""

from datetime import timedelta

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, get_page_models

from osloregionen.editorial import dashboard

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def test_every_page_type_has_a_norwegian_page_description():
    missing = [
        model._meta.label
        for model in get_page_models()
        if model is not Page and not model.get_page_description()
    ]
    assert missing == []


def test_stale_pages_are_listed_oldest_first(home_page):
    page = home_page.get_children().get(slug="personvern")
    two_years_ago = timezone.now() - timedelta(days=730)
    Page.objects.filter(pk=page.pk).update(latest_revision_created_at=two_years_ago)
    stale = dashboard.stale_pages(timezone.now())
    assert stale[0].pk == page.pk
    assert home_page.pk not in [p.pk for p in stale]


def test_past_events_without_recording_or_documents_are_listed():
    EventPage = apps.get_model("events", "EventPage")
    now = timezone.now()
    event = EventPage.objects.live().filter(finishes_at__lte=now).order_by("-finishes_at").first()
    if event is None:
        pytest.skip("no past events in the seed yet")
    EventPage.objects.filter(finishes_at__gt=event.finishes_at).update(
        finishes_at=now + timedelta(days=1)
    )
    EventPage.objects.filter(pk=event.pk).update(recording_url="", presentations=[])
    assert event.pk in [e.pk for e in dashboard.past_events_missing_follow_up(now)]

    EventPage.objects.filter(pk=event.pk).update(recording_url="https://www.youtube.com/watch?v=x")
    assert event.pk not in [e.pk for e in dashboard.past_events_missing_follow_up(now)]


def test_dashboard_panel_renders_for_an_approver(client, approver, home_page):
    page = home_page.get_children().get(slug="personvern")
    Page.objects.filter(pk=page.pk).update(
        latest_revision_created_at=timezone.now() - timedelta(days=400)
    )
    client.force_login(approver)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    for heading in (
        "Redaksjonelle oppgaver",
        "Venter på godkjenning",
        "Gjennomførte arrangementer uten opptak eller dokumenter",
        "Ikke oppdatert på tolv måneder",
    ):
        assert heading in html
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
