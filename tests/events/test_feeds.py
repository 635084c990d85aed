from datetime import datetime

import icalendar
import pytest
import time_machine

from events.dates import OSLO

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

FEED = "/arrangementer/kalender.ics"


def _calendar(client, path) -> icalendar.Calendar:
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def _events(calendar) -> dict[str, icalendar.Event]:
    return {str(event["URL"]).split("/")[-2]: event for event in calendar.walk("VEVENT")}


@time_machine.travel(datetime(2024, 6, 1, 12, tzinfo=OSLO), tick=False)
def test_feed_holds_upcoming_and_recent_day_precision_events(client):
    events = _events(_calendar(client, FEED))
    assert "2024-11-12-finale-vannet-vart" in events  # upcoming
    assert "2024-01-18-klimaseminar" in events  # recent
    assert "2024-05-klimaskole-naturrisiko" not in events  # month only: no day to put it on
    for event in events.values():
        assert str(event["UID"]).endswith("@osloregionen.no")
        assert event["DTSTAMP"].dt.tzinfo is not None
        assert event["DESCRIPTION"]


@time_machine.travel(datetime(2024, 6, 1, 12, tzinfo=OSLO), tick=False)
def test_feed_applies_the_listing_filters(client):
    events = _events(_calendar(client, f"{FEED}?innsatsomrade=klima-og-miljo"))
    assert set(events) == {
        "2024-01-18-klimaseminar",
        "2024-03-08-workshop-oslofjorden",
        "2024-09-18-seadito-kickoff",
        "2024-11-12-finale-vannet-vart",
    }
    events = _events(_calendar(client, f"{FEED}?innsatsomrade=klima-og-miljo&kommune=oslo"))
    assert set(events) == {"2024-09-18-seadito-kickoff", "2024-11-12-finale-vannet-vart"}


@time_machine.travel(datetime(2024, 6, 1, 12, tzinfo=OSLO), tick=False)
def test_feed_ignores_unknown_filter_values(client):
    with_junk = _events(_calendar(client, f"{FEED}?innsatsomrade=finnes-ikke&page=abc"))
    assert set(with_junk) == set(_events(_calendar(client, FEED)))


def test_all_day_event_has_dates_and_a_location(client):
    calendar = _calendar(client, "/arrangementer/2024-05-23-felles-faggruppesamling/kalender.ics")
    (event,) = calendar.walk("VEVENT")
    assert event.to_ical().count(b"DTSTART;VALUE=DATE:20240523") == 1
    assert b"DTEND;VALUE=DATE:20240525" in event.to_ical()  # exclusive end after two days
    assert str(event["LOCATION"]).startswith("Indre Østfold")
    assert str(event["SUMMARY"]) == "Felles faggruppesamling i Indre Østfold"


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


def test_uid_is_stable(client):
    path = "/arrangementer/2024-11-12-finale-vannet-vart/kalender.ics"
    first = _calendar(client, path).walk("VEVENT")[0]
    second = _calendar(client, path).walk("VEVENT")[0]
    assert first["UID"] == second["UID"]
    assert first["DTSTAMP"].dt == second["DTSTAMP"].dt


@pytest.mark.parametrize(
    "path",
    [
        "/arrangementer/2024-05-klimaskole-naturrisiko/kalender.ics",
        "/arrangementer/finnes-ikke/kalender.ics",
        "/medlemmer/kalender.ics",
        "/en/arrangementer/kalender.ics",
    ],
)
def test_no_calendar_where_there_is_none(client, path):
    assert client.get(path).status_code == 404
