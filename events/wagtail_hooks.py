from django.utils import timezone
from wagtail import hooks

from osloregionen.core.home_sections import HOME_SECTIONS_HOOK, HomeSection

from .entries import entries
from .models import EventIndexPage, EventPage

HOME_EVENT_COUNT = 3


@hooks.register(HOME_SECTIONS_HOOK)
def upcoming_events_section(request, home_page):
    """The next events (not the open meetings: the home page has a tight query budget)."""
    index = EventIndexPage.objects.live().child_of(home_page).first()
    if index is None:
        return None
    upcoming = (
        EventPage.objects.live()
        .public()
        .child_of(index)
        .upcoming(timezone.now())
        .defer_streamfields()
        .select_related("municipality")[:HOME_EVENT_COUNT]
    )
    return HomeSection(
        order=20,
        template="components/events/home_section.html",
        context={"entries": entries(upcoming, request), "index_url": index.get_url(request)},
    )
