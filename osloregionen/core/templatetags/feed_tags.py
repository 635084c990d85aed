"""Feed addresses of a page with an audience feed (``osloregionen.feeds``): RSS, the iCalendar
file and its ``webcal:`` subscription, all on the Site's configured address."""

from urllib.parse import urlencode

from django import template

from osloregionen.feeds.audience import has_feeds

register = template.Library()


def webcal(url: str) -> str:
    """The same calendar for subscribing: calendar apps open ``webcal://`` and refresh it."""
    return "webcal://" + url.split("://", 1)[1]


@register.simple_tag(takes_context=True)
def page_feeds(context, page) -> dict | None:
    if page is None or not has_feeds(page):
        return None
    url = page.get_full_url(context["request"])
    return {
        "rss": f"{url}rss.xml",
        "ics": f"{url}kalender.ics",
        "webcal": webcal(url) + "kalender.ics",
    }


@register.filter
def webcal_url(url: str) -> str:
    return webcal(url)


CONCERNS_PER_KIND = 5


@register.simple_tag(takes_context=True)
def page_concerns(context, page) -> dict:
    """What concerns the page's audience (``osloregionen.feeds.audience``): upcoming (or else
    the latest) events in the area, the latest news and publications; one query per kind,
    however many items."""
    from django.utils import timezone

    from events.entries import entries
    from events.models.index_page import PAST_PATH
    from osloregionen.feeds.audience import audience_of

    if page.pk is None:  # a new page previewed before its first save concerns nobody yet
        return {}
    audience = audience_of(page)
    if audience is None:
        return {}
    request = context["request"]
    concerns = {}
    if audience.events is not None:
        now = timezone.now()
        upcoming = list(audience.events.upcoming(now)[:CONCERNS_PER_KIND])
        # With nothing ahead, the latest events show what happens in the area (read either
        # way, so the page costs the same queries whatever the calendar holds).
        past = list(audience.events.past(now)[:CONCERNS_PER_KIND])
        concerns["upcoming"] = bool(upcoming)
        concerns["events"] = entries(upcoming or past, request)
        if audience.calendar_filter and (upcoming or past):
            calendar = (upcoming or past)[0].get_parent_url(request)
            concerns["calendar_url"] = (
                calendar
                + ("" if upcoming else str(PAST_PATH))
                + "?"
                + urlencode(audience.calendar_filter)
            )
    if audience.news is not None:
        concerns["news"] = list(audience.news.order_by("-date", "-pk")[:CONCERNS_PER_KIND])
    if audience.publications is not None:
        concerns["publications"] = list(
            audience.publications.order_by("-date", "-pk")[:CONCERNS_PER_KIND]
        )
    return concerns
