from django.utils import timezone
from wagtail import hooks

from osloregionen.core.home_sections import HOME_SECTIONS_HOOK, HomeSection

from .entries import entries
from .listing import Calendar
from .models import EventIndexPage

HOME_EVENT_COUNT = 3


@hooks.register(HOME_SECTIONS_HOOK)
def upcoming_events_section(request, home_page):
    index = EventIndexPage.objects.live().child_of(home_page).first()
    if index is None:
        return None
    upcoming = Calendar(index, {}).upcoming(timezone.now())[:HOME_EVENT_COUNT]
    return HomeSection(
        order=20,
        template="components/events/home_section.html",
        context={"entries": entries(upcoming, request), "index_url": index.get_url(request)},
    )
