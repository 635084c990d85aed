"""iCalendar files (RFC 5545), built with ``icalendar``: the whole calendar and one per event.

Timed events are written in UTC, so no VTIMEZONE is needed and summer time cannot go wrong;
all-day events are plain dates. Events known only to the month are left out: a calendar
entry needs a day.
"""

from datetime import UTC, timedelta

import icalendar
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Site

from . import dates, listing
from .models import EventIndexPage, EventPage

PRODID = "-//Osloregionen IPR//Arrangementer//NO"
UID_DOMAIN = "osloregionen.no"
# How far back the subscribed calendar reaches, so last month's event still has its link.
RECENT = timedelta(days=183)
REFRESH = timedelta(hours=6)


def event_uid(page) -> str:
    return f"event-{page.pk}@{UID_DOMAIN}"


def new_calendar(name: str) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Oslo")
    # How often subscribed calendar apps should fetch the feed again.
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    return calendar


def event_component(event: EventPage, request, now) -> icalendar.Event:
    if event.all_day:
        start = dates.local(event.start).date()
        end = dates.last_day(event.start, event.end) + timedelta(days=1)
    else:
        start = event.start.astimezone(UTC)
        end = event.end.astimezone(UTC) if event.end else None
    return calendar_entry(
        event,
        request,
        now,
        uid=event_uid(event),
        start=start,
        end=end,
        place=event.place,
        summary=event.summary or event.intro,
        category=str(event.get_kind_display()),
        cancelled=event.is_cancelled,
    )


def meeting_component(meeting, request, now) -> icalendar.Event:
    if meeting.starts_at is None:
        start, end = meeting.date, meeting.date + timedelta(days=1)
    else:
        start = meeting.starts_at.astimezone(UTC)
        end = meeting.ends_at.astimezone(UTC) if meeting.ends_at else None
    return calendar_entry(
        meeting,
        request,
        now,
        uid=f"meeting-{meeting.pk}@{UID_DOMAIN}",
        start=start,
        end=end,
        place=meeting.place,
        summary=meeting.search_description,
        category=_("Møte"),
        cancelled=False,
    )


def calendar_entry(
    page, request, now, *, uid, start, end, place, summary, category, cancelled
) -> icalendar.Event:
    """One VEVENT for an event or a meeting page: ``start``/``end`` are dates (all day, the
    end exclusive) or UTC datetimes; ``end`` may be ``None``."""
    component = icalendar.Event()
    component.add("uid", uid)
    component.add("dtstamp", (page.last_published_at or now).astimezone(UTC))
    component.add("summary", page.title)
    component.add("dtstart", start)
    if end is not None:
        component.add("dtend", end)
    url = page.get_full_url(request)
    component.add("url", url)
    if place:
        component.add("location", place)
    component.add("description", f"{summary}\n\n{url}" if summary else url)
    component.add("categories", [category])
    component.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return component


def calendar_response(calendar: icalendar.Calendar, filename: str) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    patch_cache_control(response, public=True, max_age=15 * 60)
    return response


def index_calendar(index: EventIndexPage, request, now) -> HttpResponse:
    """Upcoming and recent events and open meetings, with the listing's filters applied."""
    form = listing.filter_form(request, EventPage.objects.live().child_of(index))
    since = now - RECENT
    events = (
        listing.filtered_events(EventPage.objects.live().child_of(index), form.applied)
        .with_exact_date()
        .filter(finishes_at__gt=since)
        .order_by("start", "pk")
    )
    calendar = new_calendar(f"{index.title} – Osloregionen")
    for event in events:
        calendar.add_component(event_component(event, request, now))
    meetings = listing.filtered_meetings(form.applied)
    if meetings is not None:
        for meeting in meetings.filter(date__gte=dates.local(since).date()):
            calendar.add_component(meeting_component(meeting, request, now))
    return calendar_response(calendar, "osloregionen-arrangementer.ics")


def event_calendar(event: EventPage, request, now) -> HttpResponse:
    if event.is_month_only:
        raise Http404("Arrangementet har ingen dato ennå.")
    calendar = new_calendar(event.title)
    calendar.add_component(event_component(event, request, now))
    return calendar_response(calendar, f"{event.slug}.ics")


def live_page_at(request, path: str):
    """The page a visitor would get at ``path``, or a 404 (unknown, unpublished or private)."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    page = site.root_page.localized.specific.route(request, [c for c in path.split("/") if c]).page
    if any(not restriction.accept_request(request) for restriction in page.get_view_restrictions()):
        raise Http404
    return page.specific


@require_GET
def calendar_file(request, path: str):
    """``<calendar-url>kalender.ics``, ``<event-url>kalender.ics`` and the calendar of a focus
    area, an organ, a delregion or a municipality (``osloregionen.feeds``)."""
    page = live_page_at(request, path)
    now = timezone.now()
    if isinstance(page, EventIndexPage):
        return index_calendar(page, request, now)
    if isinstance(page, EventPage):
        return event_calendar(page, request, now)
    # Imported here: the audience feeds build on this module's calendar entries.
    from osloregionen.feeds.views import audience_calendar

    response = audience_calendar(page, request)
    if response is None:
        raise Http404
    return response
