"""Open meetings for the public events calendar.

The events app merges these into its calendar and iCal feed. Each meeting has ``title``,
``date``, ``starts_at`` / ``ends_at`` (aware, Europe/Oslo, or ``None`` when no time is set:
show it as an all-day entry), ``place``, ``status``, ``get_url()`` and, from the annotation,
``organ_title``.
"""

from datetime import datetime

from osloregionen.core.visibility import public_only

from .models import MeetingPage, MeetingStatus


def open_meetings(now: datetime | None = None, include_cancelled: bool = False):
    """Live, public meetings open to the public, of the organs whose open meetings go in the
    calendar (representantskapet and styret). With ``now``, only those from that day on."""
    meetings = (
        public_only(MeetingPage.objects.live())
        .filter(is_open=True)
        .with_organ()
        .filter(organ_in_calendar=True)
    )
    if not include_cancelled:
        meetings = meetings.exclude(status=MeetingStatus.CANCELLED)
    if now is not None:
        return meetings.upcoming(now)
    return meetings.order_by("date", "start_time")
