"""The interface the events calendar merges: open meetings of the organs marked for the calendar."""

from datetime import UTC, date, datetime, time

import pytest

from governance.calendar import open_meetings
from governance.models import MeetingIndexPage, MeetingStatus, OrganPage

from .conftest import add_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def council(make_organ):
    """Representantskapet, whose open meetings go in the calendar."""
    return make_organ("Representantskapet", "representantskapet", meetings_in_calendar=True)


def meetings_of(organ) -> MeetingIndexPage:
    return MeetingIndexPage.objects.child_of(organ).get()


def test_open_meetings_are_those_of_the_organs_marked_for_the_calendar(council, make_organ):
    later = add_meeting(meetings_of(council), "2024-12-18", date(2024, 12, 18), is_open=True)
    earlier = add_meeting(meetings_of(council), "2024-08-29", date(2024, 8, 29), is_open=True)
    add_meeting(meetings_of(council), "lukket", date(2024, 10, 1), is_open=False)
    committee = make_organ("Utvalget", "utvalget")
    add_meeting(meetings_of(committee), "apent", date(2024, 9, 1), is_open=True)

    meetings = list(open_meetings())
    assert meetings == [earlier, later]
    assert {m.organ_title for m in meetings} == {"Representantskapet"}
    assert meetings[0].get_url() == "/organisasjon/representantskapet/moter/2024-08-29/"


def test_open_board_meetings_join_and_others_stay_out(council, styret, make_meeting, make_organ):
    OrganPage.objects.filter(pk=styret.pk).update(meetings_in_calendar=True)
    board = make_meeting(
        "2031-04-01", date(2031, 4, 1), is_open=True, start_time=time(10), end_time=time(12)
    )
    make_meeting("2031-05-01", date(2031, 5, 1), is_open=False)
    make_meeting("2031-06-01", date(2031, 6, 1), is_open=True, status=MeetingStatus.CANCELLED)
    committee = make_organ("Interessepolitisk utvalg", "interessepolitisk-utvalg")
    add_meeting(meetings_of(committee), "2031-04-02", date(2031, 4, 2), is_open=True)

    upcoming = list(open_meetings(now=datetime(2031, 1, 1, tzinfo=UTC)))
    assert upcoming == [board]
    assert upcoming[0].organ_title == "Styret"
    assert upcoming[0].starts_at.isoformat() == "2031-04-01T10:00:00+02:00"
    assert (
        len(list(open_meetings(now=datetime(2031, 1, 1, tzinfo=UTC), include_cancelled=True))) == 2
    )


def test_upcoming_uses_the_day_in_oslo(council):
    meeting = add_meeting(meetings_of(council), "2031-04-01", date(2031, 4, 1), is_open=True)
    # 23:30 UTC on 31 March is already 1 April in Oslo.
    assert meeting in open_meetings(now=datetime(2031, 3, 31, 23, 30, tzinfo=UTC))
    assert meeting not in open_meetings(now=datetime(2031, 4, 1, 22, 30, tzinfo=UTC))
