from django.utils import timezone
from wagtail import hooks

from osloregionen.core.home_sections import HOME_SECTIONS_HOOK, HomeSection
from osloregionen.core.visibility import public_only

from .entries import entries
from .models import EventPage

HOME_EVENT_COUNT = 3


@hooks.register(HOME_SECTIONS_HOOK)
def upcoming_events_section(request, home_page):
    """The next events, in one query; no section when nothing is coming up (the menu links
    the calendar). Open meetings are left to the calendar: the home page's budget is tight."""
    upcoming = list(
        public_only(EventPage.objects.live())
        .descendant_of(home_page)
        .upcoming(timezone.now())
        .defer_streamfields()
        .select_related("municipality")[:HOME_EVENT_COUNT]
    )
    if not upcoming:
        return None
    return HomeSection(
        order=20,
        template="components/events/home_section.html",
        context={
            "entries": entries(upcoming, request),
            "index_url": upcoming[0].get_parent_url(request),
        },
    )
