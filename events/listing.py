"""What the calendar lists: the index's events and the open meetings, filtered and in order.

Both kinds are fetched in one query each, merged in Python and paginated as one list, so a
page costs the same number of queries whether the calendar holds 5 events or 500.
"""

from django.utils.translation import gettext as _
from wagtail.models import Locale

from governance.calendar import open_meetings
from members.models import MunicipalityPage
from osloregionen.core import norwegian
from osloregionen.core.query import query_int, query_text
from osloregionen.core.visibility import public_only
from projects.models import FocusAreaPage

from . import dates
from .choices import EventKind
from .entries import meeting_start
from .forms import EventFilterForm

PER_PAGE = 20


def filter_form(request, events) -> EventFilterForm:
    """The filters, offering the public focus areas in the active language (as the other
    listings' filters do) and the municipalities that have ``events`` (the calendar's live
    events)."""
    focus_areas = (
        public_only(FocusAreaPage.objects.live())
        .filter(locale=Locale.get_active())
        .order_by("path")
        .values_list("slug", "title")
    )
    municipalities = sorted(
        MunicipalityPage.objects.live()
        .filter(events__in=events)
        .distinct()
        .values_list("slug", "title"),
        key=lambda choice: norwegian.sort_key(choice[1]),
    )
    return EventFilterForm(request.GET, focus_areas=focus_areas, municipalities=municipalities)


def filtered_events(events, filters: dict):
    events = public_only(events)
    if filters.get("type"):
        events = events.filter(kind=filters["type"])
    if filters.get("innsatsomrade"):
        events = events.filter(focus_areas__slug=filters["innsatsomrade"])
    if filters.get("kommune"):
        events = events.filter(municipality__slug=filters["kommune"])
    return events.defer_streamfields().select_related("municipality")


def filtered_meetings(filters: dict):
    """Open meetings in the active language (as the home page's notices), unless a filter rules
    them out: they have no focus area or municipality."""
    if filters.get("innsatsomrade") or filters.get("kommune"):
        return None
    if filters.get("type") not in (None, EventKind.MOTE):
        return None
    return open_meetings().filter(locale=Locale.get_active()).defer_streamfields()


class Calendar:
    def __init__(self, events, filters: dict):
        self.events = filtered_events(events, filters)
        self.meetings = filtered_meetings(filters)

    def upcoming(self, now) -> list:
        items = list(self.events.upcoming(now))
        if self.meetings is not None:
            items += self.meetings.upcoming(now)
        return sorted(items, key=_start)

    def past(self, now) -> list:
        items = list(self.events.past(now))
        if self.meetings is not None:
            items += self.meetings.past(now)
        return sorted(items, key=_start, reverse=True)


def year_of(page) -> int:
    return dates.local(_start(page)).year


def _start(page):
    return page.start if hasattr(page, "date_precision") else meeting_start(page)


def chosen_year(request, years: list[int]) -> tuple[int | None, list[tuple[str, str]]]:
    """The year asked for in ``?ar=``, or ``None`` and the ignored (label, value) when it is not
    one we have, for ``components/filter_message.html``."""
    raw = query_text(request.GET, "ar", max_length=20)
    if not raw:
        return None, []
    year = query_int(request.GET, "ar")
    if year in years:
        return year, []
    return None, [(_("År"), raw)]
