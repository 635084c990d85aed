"""Open meetings for the public events calendar.

The events app merges these into its calendar and iCal feed. Each meeting has ``title``,
``date``, ``starts_at`` / ``ends_at`` (aware, Europe/Oslo, or ``None`` when no time is set:
show it as an all-day entry), ``place``, ``status``, ``get_url()`` and, from the annotation,
``organ_title``.
"""

from datetime import datetime
from functools import reduce
from operator import or_

from django.db.models import Case, CharField, Q, Value, When

from osloregionen.core.visibility import public_only

from .models import MeetingIndexPage, MeetingPage, MeetingStatus, OrganPage


def calendar_meeting_lists() -> list[tuple[MeetingIndexPage, OrganPage]]:
    """The meeting lists of the organs whose open meetings go in the calendar, with their organ."""
    organs = list(OrganPage.objects.filter(meetings_in_calendar=True))
    return [
        (meeting_list, organ)
        for meeting_list in MeetingIndexPage.objects.all()
        for organ in organs
        if meeting_list.is_child_of(organ)
    ]


def open_meetings(now: datetime | None = None, include_cancelled: bool = False):
    """Live, public meetings open to the public, of the organs whose open meetings go in the
    calendar (representantskapet and styret). With ``now``, only those from that day on."""
    meetings = public_only(MeetingPage.objects.live()).filter(is_open=True)
    in_list = [
        (meetings.child_of_q(meeting_list), organ)
        for meeting_list, organ in calendar_meeting_lists()
    ]
    meetings = meetings.filter(reduce(or_, (q for q, _organ in in_list), Q(pk__in=[]))).annotate(
        organ_title=Case(
            *(When(q, then=Value(organ.title)) for q, organ in in_list),
            default=Value(""),
            output_field=CharField(),
        )
    )
    if not include_cancelled:
        meetings = meetings.exclude(status=MeetingStatus.CANCELLED)
    if now is not None:
        return meetings.upcoming(now)
    return meetings.order_by("date", "start_time")
