"""The editors' to-do panel: pages waiting for approval, events without follow-up, stale pages."""

from datetime import timedelta

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, get_page_models

from osloregionen.editorial import dashboard
from tests.factories import EventPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def test_every_page_type_has_a_norwegian_page_description():
    missing = [
        model._meta.label
        for model in get_page_models()
        if model is not Page and not model.get_page_description()
    ]
    assert missing == []


def test_stale_pages_are_listed_oldest_first(home_page, published_page):
    page = published_page
    older = StandardPageFactory(parent=home_page)
    fresh = StandardPageFactory(parent=home_page)
    now = timezone.now()
    for stale_page, days in ((page, 730), (older, 1000), (fresh, 10)):
        Page.objects.filter(pk=stale_page.pk).update(
            latest_revision_created_at=now - timedelta(days=days)
        )
    stale = [p.pk for p in dashboard.stale_pages(now)]
    assert stale[:2] == [older.pk, page.pk]
    assert fresh.pk not in stale
    assert home_page.pk not in stale


def test_past_events_without_recording_or_documents_are_listed():
    EventPage = apps.get_model("events", "EventPage")
    now = timezone.now()
    event = EventPageFactory(start=now - timedelta(days=3))
    upcoming = EventPageFactory(parent=event.get_parent(), start=now + timedelta(days=3))
    assert upcoming.pk not in [e.pk for e in dashboard.past_events_missing_follow_up(now)]
    assert event.pk in [e.pk for e in dashboard.past_events_missing_follow_up(now)]

    EventPage.objects.filter(pk=event.pk).update(recording_url="https://www.youtube.com/watch?v=x")
    assert event.pk not in [e.pk for e in dashboard.past_events_missing_follow_up(now)]


def test_dashboard_panel_renders_for_an_approver(client, approver, published_page):
    page = published_page
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
