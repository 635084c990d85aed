from datetime import datetime

import icalendar
import pytest
import time_machine

from events.dates import OSLO
from governance.calendar import open_meetings

pytestmark = pytest.mark.django_db

MEETING = "/organisasjon/representantskapet/moter/2024-12-18/"


def test_seeded_open_meetings_exist():
    assert MEETING in [meeting.url for meeting in open_meetings()]


def test_open_meetings_are_merged_into_the_past_view(client):
    html = client.get("/arrangementer/tidligere/?ar=2024").content.decode()
    assert f'href="{MEETING}"' in html
    assert "Åpent møte i representantskapet" in html  # the organ as a noun in a sentence
    # Newest first: the meeting of 18 December comes before the events of November.
    assert html.index(MEETING) < html.index("/arrangementer/2024-11-21-nho-arbeidskraft-utlandet/")


def test_meeting_filter_shows_meetings_and_other_filters_leave_them_out(client):
    html = client.get("/arrangementer/tidligere/?type=mote").content.decode()
    assert f'href="{MEETING}"' in html
    html = client.get(
        "/arrangementer/tidligere/?innsatsomrade=fellesskap-og-samarbeid"
    ).content.decode()
    assert MEETING not in html
    html = client.get("/arrangementer/tidligere/?type=seminar").content.decode()
    assert MEETING not in html


@time_machine.travel(datetime(2024, 12, 1, 12, tzinfo=OSLO), tick=False)
def test_upcoming_open_meetings_are_in_the_listing_and_the_feed(client):
    html = client.get("/arrangementer/").content.decode()
    assert f'href="{MEETING}"' in html
    calendar = icalendar.Calendar.from_ical(client.get("/arrangementer/kalender.ics").content)
    urls = {str(event["URL"]) for event in calendar.walk("VEVENT")}
    assert f"http://testserver{MEETING}" in urls
    uids = {str(event["UID"]) for event in calendar.walk("VEVENT")}
    assert any(uid.startswith("meeting-") for uid in uids)
