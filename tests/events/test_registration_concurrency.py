"""Parallel sign-ups against a real database: the capacity holds and none is lost.

The sign-ups are real requests from 40 threads, each with its own database connection and
committed transactions. The event (with the site's home page and calendar) is made and removed
in threads of their own too, so it is committed where the sign-ups can see it, and the
database is left as the other tests expect it: the default site's root as it was, no pages.
"""

import threading
from datetime import datetime

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.test import Client
from wagtail.models import Site

from events.dates import OSLO
from events.models import Registration, RegistrationStatus
from tests.factories import EventPageFactory
from tests.factories.core import site_home

SIGN_UPS = 40
CAPACITY = 25

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not settings.DATABASE_IS_POSTGRES,
        reason="row locks need PostgreSQL (set DATABASE_URL=postgres://…)",
    ),
]


def in_own_connection(work):
    """Run ``work`` in a thread with its own, autocommitting database connection."""
    result = {}

    def run():
        try:
            result["value"] = work()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return result.get("value")


def _make_event():
    site = Site.objects.get(is_default_site=True)
    root_before = site.root_page_id
    event = EventPageFactory(
        title="Parallell påmelding",
        slug="parallell-pamelding",
        start=datetime(2030, 6, 3, 9, 0, tzinfo=OSLO),
        registration_open=True,
        capacity=CAPACITY,
    )
    event.save_revision().publish()
    return event, root_before


def _remove(root_before):
    home = site_home()
    Site.objects.filter(is_default_site=True).update(root_page_id=root_before)
    Site.clear_site_root_paths_cache()
    home.delete()  # and the calendar, the event and its sign-ups


@pytest.fixture
def committed_event():
    cache.clear()
    event, root_before = in_own_connection(_make_event)
    yield event
    in_own_connection(lambda: _remove(root_before))
    cache.clear()


def test_parallel_sign_ups_never_exceed_the_capacity_and_none_is_lost(committed_event):
    start = threading.Barrier(SIGN_UPS)
    statuses: list[int] = []
    errors: list[BaseException] = []

    def sign_up(number: int):
        try:
            client = Client()
            start.wait()
            response = client.post(
                f"{committed_event.url}pamelding/",
                {
                    "name": f"Deltaker {number}",
                    "email": f"deltaker{number}@kommune.no",
                    "organisation": "Lørenskog kommune",
                    "samtykke": "on",
                },
                REMOTE_ADDR=f"10.0.{number}.1",
            )
            statuses.append(response.status_code)
        except BaseException as error:  # reported below, with the thread's number
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(SIGN_UPS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # The test's transaction reads what the threads committed (PostgreSQL: read committed).
    rows = Registration.objects.filter(event=committed_event)
    confirmed = rows.filter(status=RegistrationStatus.CONFIRMED).count()
    waiting = rows.filter(status=RegistrationStatus.WAITING).count()
    total = rows.count()

    print(
        f"\n{SIGN_UPS} parallel sign-ups for {CAPACITY} places: {confirmed} confirmed, "
        f"{waiting} waiting, {SIGN_UPS - total} lost"
    )
    assert errors == []
    assert statuses == [302] * SIGN_UPS
    assert (confirmed, waiting, total) == (CAPACITY, SIGN_UPS - CAPACITY, SIGN_UPS)
