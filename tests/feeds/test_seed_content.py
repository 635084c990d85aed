"""The seeded site's audience feeds: in the season of the seed (2024) each calendar holds events."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import time_machine

from events.models import EventIndexPage
from governance.models import OrganPage
from members.models import MunicipalityPage
from projects.models import FocusAreaPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def audiences():
    return {
        "focus area": FocusAreaPage.objects.live().filter(events__isnull=False).first(),
        "organ": OrganPage.objects.live().get(slug="styret"),
        "municipality": MunicipalityPage.objects.live().filter(events__isnull=False).first(),
        "calendar": EventIndexPage.objects.live().first(),
    }


@pytest.mark.parametrize("kind", ["focus area", "organ", "municipality", "calendar"])
def test_in_the_season_of_the_seed_the_calendars_hold_its_events(client, kind):
    page = audiences()[kind]
    with time_machine.travel(datetime.datetime(2024, 9, 1, 12, tzinfo=ZoneInfo("Europe/Oslo"))):
        response = client.get(f"{page.url}kalender.ics")
    events = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert events, kind
    assert all(str(event["URL"]).startswith("http://testserver/") for event in events)
