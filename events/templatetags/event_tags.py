from django import template
from django.utils import timezone

from events.entries import entries
from osloregionen.core.visibility import public_only

register = template.Library()

EVENTS_ON_PLACE_PAGE = 5


@register.simple_tag(takes_context=True)
def events_held_in(context, municipality) -> dict:
    """The municipality's next events and its latest past ones, in two queries."""
    request = context["request"]
    if municipality.pk is None:  # a new page previewed before its first save
        return {"upcoming": [], "past": [], "calendar_url": ""}
    now = timezone.now()
    events = (
        public_only(municipality.events.live()).defer_streamfields().select_related("municipality")
    )
    upcoming = list(events.upcoming(now)[:EVENTS_ON_PLACE_PAGE])
    past = list(events.past(now)[:EVENTS_ON_PLACE_PAGE])
    calendar_url = ""
    if upcoming or past:
        calendar_url = (upcoming or past)[0].get_parent_url(request)
    return {
        "upcoming": entries(upcoming, request),
        "past": entries(past, request),
        "calendar_url": calendar_url,
    }
