"""RSS 2.0 (Django's syndication framework) and iCalendar (``icalendar``) for an audience.

Links are absolute on the Wagtail Site's configured address (``page.get_full_url``), not on
the host a request happened to name.
"""

import datetime
from itertools import chain

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from events import dates
from events.feeds import (
    RECENT,
    calendar_response,
    event_component,
    live_page_at,
    meeting_component,
    new_calendar,
)
from events.models import EventPage
from governance.models import MeetingPage
from osloregionen.news.models import NewsPage

from .audience import audience_of

FEED_ITEMS = 40
PER_KIND = 30


def _oslo(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def item_date(item) -> datetime.datetime:
    if isinstance(item, EventPage):
        return item.start
    if isinstance(item, MeetingPage):
        return item.starts_at or _oslo(item.date)
    return _oslo(item.date)


def feed_items(audience) -> list:
    lists = []
    if audience.events is not None:
        lists.append(audience.events.order_by("-start", "-pk")[:PER_KIND])
    if audience.meetings is not None:
        lists.append(audience.meetings.order_by("-date", "-pk")[:PER_KIND])
    if audience.news is not None:
        lists.append(audience.news.order_by("-date", "-pk")[:PER_KIND])
    if audience.publications is not None:
        lists.append(audience.publications.order_by("-date", "-pk")[:PER_KIND])
    items = sorted(chain.from_iterable(lists), key=item_date, reverse=True)
    return items[:FEED_ITEMS]


class AudienceFeed(Feed):
    """``<page-url>rss.xml`` of a focus area, organ, delregion, municipality or the calendar."""

    feed_type = Rss201rev2Feed

    def get_object(self, request, path):
        page = live_page_at(request, path)
        audience = audience_of(page)
        if audience is None:
            raise Http404
        return page, audience

    def __call__(self, request, *args, **kwargs):
        # One Feed instance serves every request, and its item methods get no request; the
        # Site's address needs one, so each request gets its own copy.
        clone = type(self)()
        clone.request = request
        return Feed.__call__(clone, request, *args, **kwargs)

    def title(self, obj):
        page, _audience = obj
        return _("Osloregionen – %(title)s") % {"title": page.title}

    def link(self, obj):
        return obj[0].get_full_url(self.request)

    def description(self, obj):
        page, _audience = obj
        return page.search_description or getattr(page, "intro", "") or self.title(obj)

    def items(self, obj):
        return feed_items(obj[1])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        if isinstance(item, NewsPage):
            return item.lead
        if isinstance(item, EventPage):
            return f"{item.when}. {item.place}. {item.summary or item.intro}".strip(". ")
        return item.search_description or getattr(item, "intro", "")

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item_date(item)

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [str(type(item)._meta.verbose_name)]


def audience_calendar(page, request):
    """The iCalendar file of an audience with events or meetings, or ``None``."""
    audience = audience_of(page)
    if audience is None or not audience.has_calendar:
        return None
    now = timezone.now()
    since = now - RECENT
    calendar = new_calendar(f"{page.title} – Osloregionen")
    if audience.events is not None:
        events = audience.events.with_exact_date().filter(finishes_at__gt=since)
        for event in events.order_by("start", "pk"):
            calendar.add_component(event_component(event, request, now))
    if audience.meetings is not None:
        for meeting in audience.meetings.filter(date__gte=dates.local(since).date()):
            calendar.add_component(meeting_component(meeting, request, now))
    return calendar_response(calendar, f"osloregionen-{page.slug}.ics")
