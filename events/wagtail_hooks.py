from django.utils import timezone
from wagtail import hooks

from osloregionen.core.home_sections import HOME_SECTIONS_HOOK, HomeSection
from osloregionen.core.visibility import public_only

from .entries import entries
from .models import EventPage

HOME_EVENT_COUNT = 3


@hooks.register(HOME_SECTIONS_HOOK)
def upcoming_events_section(request, home_page):
    """The next events; when nothing is coming up, the latest ones, so the home page always
    shows what Osloregionen arranges. Open meetings are left to the calendar: the home page's
    budget is tight."""
    now = timezone.now()
    events = (
        public_only(EventPage.objects.live())
        .descendant_of(home_page)
        .defer_streamfields()
        .select_related("municipality")
    )
    shown = list(events.upcoming(now)[:HOME_EVENT_COUNT])
    past = not shown
    if past:
        shown = list(events.past(now)[:HOME_EVENT_COUNT])
    if not shown:
        return None
    index_url = shown[0].get_parent_url(request)
    return HomeSection(
        order=20,
        template="components/events/home_section.html",
        context={
            "entries": entries(shown, request),
            "past": past,
            "index_url": f"{index_url}tidligere/" if past else index_url,
        },
    )
