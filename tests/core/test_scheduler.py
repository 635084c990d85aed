"""The scheduler publishes a page when its time comes, without a cron entry."""

from datetime import timedelta

import time_machine
from django.utils import timezone

from osloregionen.core.models import StandardPage
from osloregionen.core.scheduler import Scheduler


def test_a_page_scheduled_a_minute_ahead_goes_live_on_the_next_tick(home_page):
    page = StandardPage(title="Planlagt side", slug="planlagt-side", live=False)
    home_page.add_child(instance=page)
    go_live = timezone.now() + timedelta(minutes=1)
    page.go_live_at = go_live
    page.save_revision().publish()  # with a future go-live time this schedules it
    page.refresh_from_db()
    assert not page.live and page.scheduled_revision is not None

    scheduler = Scheduler()
    assert "publish_scheduled" in scheduler.tick()
    page.refresh_from_db()
    assert not page.live  # not yet

    with time_machine.travel(go_live + timedelta(seconds=1), tick=False):
        assert scheduler.tick() == ["publish_scheduled"]  # the minute job only
    page.refresh_from_db()
    assert page.live


def test_a_failing_job_does_not_stop_the_others(db, caplog):
    from osloregionen.core.scheduler import Job

    scheduler = Scheduler([Job("feil", "finnes_ikke", 60), Job("ok", "send_contact_messages", 60)])
    assert scheduler.tick() == ["finnes_ikke", "send_contact_messages"]
    assert "feilet" in caplog.text
