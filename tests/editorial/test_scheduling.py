"""Go-live and expiry dates take effect when `publish_scheduled` runs (every minute in production)."""

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from osloregionen.core.models import StandardPage

pytestmark = pytest.mark.django_db


def test_a_scheduled_page_goes_live(client, home_page, approver):
    page = StandardPage(title="Planlagt nyhet", slug="planlagt-nyhet", live=False)
    home_page.add_child(instance=page)
    page.go_live_at = timezone.now() + timedelta(hours=1)
    page.save_revision(user=approver).publish(user=approver)
    page.refresh_from_db()
    assert not page.live
    assert client.get("/planlagt-nyhet/").status_code == 404

    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert client.get("/planlagt-nyhet/").status_code == 200


def test_an_expired_page_goes_offline(client, home_page, approver):
    page = StandardPage(title="Utløpende side", slug="utlopende-side", live=False)
    home_page.add_child(instance=page)
    page.expire_at = timezone.now() + timedelta(hours=1)
    page.save_revision(user=approver).publish(user=approver)
    assert client.get("/utlopende-side/").status_code == 200

    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live
    assert page.expired
    assert client.get("/utlopende-side/").status_code == 404
