"""Open meetings of the organs marked for the calendar, merged into the calendar's lists and feed."""

from datetime import date, datetime

import icalendar
import pytest
import time_machine

from events.dates import OSLO
from governance.calendar import open_meetings
from governance.models import MeetingPage, OrganKind
from tests.factories import (
    FocusAreaPageFactory,
    MeetingIndexPageFactory,
    OrganisationIndexPageFactory,
    OrganPageFactory,
)

pytestmark = pytest.mark.django_db

MEETING = "/organisasjon/representantskapet/moter/2024-12-18/"


@pytest.fixture
def open_meeting(db) -> MeetingPage:
    organisation = OrganisationIndexPageFactory(title="Organisasjon", slug="organisasjon")
    council = OrganPageFactory(
        parent=organisation,
        title="Representantskapet",
        slug="representantskapet",
        kind=OrganKind.POLITICAL,
        meetings_in_calendar=True,
    )
    meetings = MeetingIndexPageFactory(parent=council, slug="moter")
    meeting = MeetingPage(
        title="Representantskapsmøte 18. desember 2024",
        slug="2024-12-18",
        date=date(2024, 12, 18),
        is_open=True,
    )
    meetings.add_child(instance=meeting)
    meeting.save_revision().publish()
    return meeting


@pytest.fixture
def november_event(make_event):
    area = FocusAreaPageFactory(title="Fellesskap og samarbeid", slug="fellesskap-og-samarbeid")
    return make_event("arbeidskraft", datetime(2024, 11, 21, 9), focus_areas=[area])


def test_the_open_meeting_is_one_of_the_open_meetings(open_meeting):
    assert MEETING in [meeting.url for meeting in open_meetings()]


def test_open_meetings_are_merged_into_the_past_view(client, open_meeting, november_event):
    html = client.get("/arrangementer/tidligere/?ar=2024").content.decode()
    assert f'href="{MEETING}"' in html
    assert "Åpent møte i representantskapet" in html  # the organ as a noun in a sentence
    # Newest first: the meeting of 18 December comes before the event of November.
    assert html.index(MEETING) < html.index(november_event.url)


def test_meeting_filter_shows_meetings_and_other_filters_leave_them_out(
    client, open_meeting, november_event
):
    html = client.get("/arrangementer/tidligere/?type=mote").content.decode()
    assert f'href="{MEETING}"' in html
    assert november_event.url not in html
    html = client.get(
        "/arrangementer/tidligere/?innsatsomrade=fellesskap-og-samarbeid"
    ).content.decode()
    assert MEETING not in html
    assert november_event.url in html
    html = client.get("/arrangementer/tidligere/?type=seminar").content.decode()
    assert MEETING not in html


@time_machine.travel(datetime(2024, 12, 1, 12, tzinfo=OSLO), tick=False)
def test_upcoming_open_meetings_are_in_the_listing_and_the_feed(
    client, open_meeting, november_event
):
    html = client.get("/arrangementer/").content.decode()
    assert f'href="{MEETING}"' in html
    calendar = icalendar.Calendar.from_ical(client.get("/arrangementer/kalender.ics").content)
    urls = {str(event["URL"]) for event in calendar.walk("VEVENT")}
    assert f"http://testserver{MEETING}" in urls
    uids = {str(event["UID"]) for event in calendar.walk("VEVENT")}
    assert any(uid.startswith("meeting-") for uid in uids)
