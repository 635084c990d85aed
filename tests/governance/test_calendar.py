"""The interface the events calendar merges: open meetings of representantskapet and styret."""

from datetime import UTC, date, datetime, time

import pytest

from governance.calendar import open_meetings
from governance.models import MeetingIndexPage, MeetingPage, MeetingStatus, OrganPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def test_open_meetings_are_representantskapets_by_default():
    meetings = list(open_meetings())
    assert [m.title for m in meetings] == [
        "Representantskapsmøte 29. august 2024",
        "Representantskapsmøte 18. desember 2024",
    ]
    assert {m.organ_title for m in meetings} == {"Representantskapet"}
    assert meetings[0].get_url() == "/organisasjon/representantskapet/moter/2024-08-29/"


def test_open_board_meetings_join_and_others_stay_out(make_meeting):
    board = make_meeting(
        "2031-04-01", date(2031, 4, 1), is_open=True, start_time=time(10), end_time=time(12)
    )
    make_meeting("2031-05-01", date(2031, 5, 1), is_open=False)
    make_meeting("2031-06-01", date(2031, 6, 1), is_open=True, status=MeetingStatus.CANCELLED)
    ipu = OrganPage.objects.get(slug="interessepolitisk-utvalg")
    ipu_meeting = MeetingPage(
        title="Åpent utvalgsmøte", slug="2031-04-02", date=date(2031, 4, 2), is_open=True
    )
    MeetingIndexPage.objects.child_of(ipu).get().add_child(instance=ipu_meeting)

    upcoming = list(open_meetings(now=datetime(2031, 1, 1, tzinfo=UTC)))
    assert upcoming == [board]
    assert upcoming[0].organ_title == "Styret"
    assert upcoming[0].starts_at.isoformat() == "2031-04-01T10:00:00+02:00"
    assert (
        len(list(open_meetings(now=datetime(2031, 1, 1, tzinfo=UTC), include_cancelled=True))) == 2
    )


def test_upcoming_uses_the_day_in_oslo(make_meeting):
    meeting = make_meeting("2031-04-01", date(2031, 4, 1), is_open=True)
    # 23:30 UTC on 31 March is already 1 April in Oslo.
    assert meeting in open_meetings(now=datetime(2031, 3, 31, 23, 30, tzinfo=UTC))
    assert meeting not in open_meetings(now=datetime(2031, 4, 1, 22, 30, tzinfo=UTC))
