"""What the calendar lists: the index's events (and open meetings), filtered, as entries."""

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext as _

from members.models import MunicipalityPage
from projects.models import FocusAreaPage

from . import dates
from .forms import EventFilterForm
from .models.event_page import EventPage

PER_PAGE = 20


@dataclass(frozen=True)
class CalendarEntry:
    """One line of the calendar: an event, or an open meeting from the organisation section."""

    title: str
    url: str
    start: datetime
    iso: str
    when: str
    kind: str
    place: str
    summary: str
    is_cancelled: bool = False

    @property
    def year(self) -> int:
        return dates.local(self.start).year

    @classmethod
    def from_event(cls, event: EventPage, request) -> "CalendarEntry":
        return cls(
            title=event.title,
            url=event.get_url(request),
            start=event.start,
            iso=dates.iso_date(event.start, event.date_precision, event.all_day),
            when=event.when,
            kind=event.get_kind_display(),
            place=event.place,
            summary=event.summary or event.intro,
            is_cancelled=event.is_cancelled,
        )


def filter_form(request, index_page) -> EventFilterForm:
    """The filters, offering the focus areas there are and the municipalities that have events."""
    focus_areas = FocusAreaPage.objects.live().order_by("path").values_list("slug", "title")
    municipalities = (
        MunicipalityPage.objects.live()
        .filter(events__in=EventPage.objects.live().child_of(index_page))
        .distinct()
        .order_by("title")
        .values_list("slug", "title")
    )
    return EventFilterForm(request.GET, focus_areas=focus_areas, municipalities=municipalities)


def filtered_events(index_page, filters: dict):
    events = EventPage.objects.live().public().child_of(index_page)
    if filters.get("type"):
        events = events.filter(kind=filters["type"])
    if filters.get("innsatsomrade"):
        events = events.filter(focus_areas__slug=filters["innsatsomrade"])
    if filters.get("kommune"):
        events = events.filter(municipality__slug=filters["kommune"])
    return events


def listing_events(events):
    """Only what a listing line shows, in a fixed number of queries."""
    return events.defer_streamfields().select_related("municipality")


def entries(events, request) -> list[CalendarEntry]:
    return [CalendarEntry.from_event(event, request) for event in events]


def years_with_past_events(events, now) -> list[int]:
    return sorted(
        {value.year for value in events.past(now).datetimes("start", "year")}, reverse=True
    )


def chosen_year(request, years: list[int]) -> tuple[int | None, str]:
    """The year asked for in ``?ar=``, or ``None`` and a note when it is not one we have."""
    raw = request.GET.get("ar", "").strip()
    if not raw:
        return None, ""
    if raw.isdigit() and len(raw) == 4 and int(raw) in years:
        return int(raw), ""
    return None, _("Vi har ingen tidligere arrangementer fra «%(year)s». Viser alle år.") % {
        "year": raw[:20]
    }
