from datetime import datetime

import icalendar
import pytest
import time_machine

from events.dates import OSLO
from events.models import DatePrecision
from tests.factories import (
    FocusAreaPageFactory,
    MunicipalityIndexPageFactory,
    MunicipalityPageFactory,
)
from tests.factories.core import english_home

pytestmark = pytest.mark.django_db

FEED = "/arrangementer/kalender.ics"


def _calendar(client, path) -> icalendar.Calendar:
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def _events(calendar) -> dict[str, icalendar.Event]:
    return {str(event["URL"]).split("/")[-2]: event for event in calendar.walk("VEVENT")}


@pytest.fixture
def calendar(make_event):
    """On 1 June 2024: events ahead, one of last January, one of last year, one known to the month."""
    climate = FocusAreaPageFactory(title="Klima og miljø", slug="klima-og-miljo")
    oslo = MunicipalityPageFactory(title="Oslo", slug="oslo")
    return {
        "finale": make_event(
            "finale", datetime(2024, 11, 12, 12), focus_areas=[climate], municipality=oslo
        ),
        "kickoff": make_event("kickoff", datetime(2024, 9, 18, 9), focus_areas=[climate]),
        "klimaseminar": make_event("klimaseminar", datetime(2024, 1, 18, 9), focus_areas=[climate]),
        "nytt-tema": make_event("nytt-tema", datetime(2024, 10, 1, 9)),
        "i-fjor": make_event("i-fjor", datetime(2023, 6, 1, 9), focus_areas=[climate]),
        "klimaskole": make_event(
            "klimaskole",
            datetime(2024, 7, 1),
            date_precision=DatePrecision.MONTH,
            focus_areas=[climate],
        ),
    }


@time_machine.travel(datetime(2024, 6, 1, 12, tzinfo=OSLO), tick=False)
def test_feed_holds_upcoming_and_recent_day_precision_events(client, calendar):
    events = _events(_calendar(client, FEED))
    assert set(events) == {"finale", "kickoff", "nytt-tema", "klimaseminar"}
    # Not the event of a year ago, nor the one known to the month only: no day to put it on.
    for event in events.values():
        assert str(event["UID"]).endswith("@osloregionen.no")
        assert event["DTSTAMP"].dt.tzinfo is not None
        assert event["DESCRIPTION"]


@time_machine.travel(datetime(2024, 6, 1, 12, tzinfo=OSLO), tick=False)
def test_feed_applies_the_listing_filters(client, calendar):
    events = _events(_calendar(client, f"{FEED}?innsatsomrade=klima-og-miljo"))
    assert set(events) == {"finale", "kickoff", "klimaseminar"}
    events = _events(_calendar(client, f"{FEED}?innsatsomrade=klima-og-miljo&kommune=oslo"))
    assert set(events) == {"finale"}


@time_machine.travel(datetime(2024, 6, 1, 12, tzinfo=OSLO), tick=False)
def test_feed_ignores_unknown_filter_values(client, calendar):
    with_junk = _events(_calendar(client, f"{FEED}?innsatsomrade=finnes-ikke&page=abc"))
    assert with_junk and set(with_junk) == set(_events(_calendar(client, FEED)))


def test_all_day_event_has_dates_and_a_location(client, make_event):
    event = make_event(
        "faggruppesamling",
        datetime(2024, 5, 23),
        end=datetime(2024, 5, 24, tzinfo=OSLO),
        all_day=True,
        title="Felles faggruppesamling i Indre Østfold",
        venue="Indre Østfold rådhus",
    )
    calendar = _calendar(client, f"{event.url}kalender.ics")
    (vevent,) = calendar.walk("VEVENT")
    assert vevent.to_ical().count(b"DTSTART;VALUE=DATE:20240523") == 1
    assert b"DTEND;VALUE=DATE:20240525" in vevent.to_ical()  # exclusive end after two days
    assert str(vevent["LOCATION"]).startswith("Indre Østfold")
    assert str(vevent["SUMMARY"]) == "Felles faggruppesamling i Indre Østfold"


@pytest.mark.parametrize(
    ("month", "utc_hour"),
    [(7, "08"), (1, "09")],
)
def test_times_are_right_across_summer_time(client, make_event, month, utc_hour):
    event = make_event(
        f"klokka-ti-{month}",
        datetime(2031, month, 15, 10),
        end=datetime(2031, month, 15, 12, tzinfo=OSLO),
    )
    body = client.get(f"{event.url}kalender.ics").content.decode()
    assert f"DTSTART:2031{month:02d}15T{utc_hour}0000Z" in body
    parsed = icalendar.Calendar.from_ical(body)
    (vevent,) = parsed.walk("VEVENT")
    assert vevent["DTSTART"].dt.astimezone(OSLO).hour == 10
    assert str(vevent["UID"]) == f"event-{event.pk}@osloregionen.no"


def test_uid_is_stable(client, make_event):
    path = f"{make_event('finale', datetime(2024, 11, 12, 12)).url}kalender.ics"
    first = _calendar(client, path).walk("VEVENT")[0]
    second = _calendar(client, path).walk("VEVENT")[0]
    assert first["UID"] == second["UID"]
    assert first["DTSTAMP"].dt == second["DTSTAMP"].dt


@pytest.mark.parametrize(
    "path",
    [
        "/arrangementer/klimaskole/kalender.ics",
        "/arrangementer/finnes-ikke/kalender.ics",
        "/medlemmer/kalender.ics",
        "/en/arrangementer/kalender.ics",
    ],
)
def test_no_calendar_where_there_is_none(client, calendar, path):
    MunicipalityIndexPageFactory(title="Medlemmer", slug="medlemmer")
    english_home()  # a site in English, without the calendar
    assert client.get("/arrangementer/finale/kalender.ics").status_code == 200
    assert client.get(path).status_code == 404
