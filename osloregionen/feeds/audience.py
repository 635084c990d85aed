"""What concerns a page's audience: the events, meetings, news and publications a focus area,
an organ, a delregion or a municipality follows. Every list holds live, public pages only.

- focus area: events, news and publications tagged with it;
- organ: its meetings and the publications it adopted;
- delregion: events held in its municipalities; news and publications that name it;
- municipality: events held in it or in its delregions; news and publications that name it or
  one of its delregions;
- event calendar: its events.

Pages have no "concerns this municipality" field, so news and publications are matched on the
name in their title, lead or summary: a plain, checkable rule.
"""

from dataclasses import dataclass

from django.db.models import Q

from events.models import EventIndexPage, EventPage
from governance.models import MeetingPage, OrganPage
from members.models import MunicipalityPage, SubRegionPage
from osloregionen.core.visibility import public_among, public_only
from osloregionen.news.models import NewsPage
from projects.models import FocusAreaPage
from reports.models import PublicationPage

FEED_TYPES = (FocusAreaPage, OrganPage, SubRegionPage, MunicipalityPage, EventIndexPage)


def has_feeds(page) -> bool:
    """Whether ``page`` has an RSS feed and a calendar (decided by its type, no query)."""
    return isinstance(page, FEED_TYPES)


@dataclass
class Audience:
    events: object = None
    meetings: object = None
    news: object = None
    publications: object = None
    # The event calendar's filter that shows the same events, e.g. {"kommune": "moss"}.
    calendar_filter: dict | None = None

    @property
    def has_calendar(self) -> bool:
        return self.events is not None or self.meetings is not None


def _live(queryset):
    return public_only(queryset.live()).defer_streamfields()


def _events():
    return _live(EventPage.objects.all()).select_related("municipality")


def _mentioning(names: list[str]) -> tuple:
    news, publications = Q(), Q()
    for name in names:
        news |= Q(title__icontains=name) | Q(lead__icontains=name)
        publications |= Q(title__icontains=name) | Q(search_description__icontains=name)
    return (
        _live(NewsPage.objects.filter(news)).select_related("locale"),
        _live(PublicationPage.objects.filter(publications)),
    )


def audience_of(page) -> Audience | None:
    if isinstance(page, FocusAreaPage):
        return Audience(
            events=_events().filter(focus_areas=page),
            news=_live(NewsPage.objects.filter(focus_areas=page)),
            publications=_live(PublicationPage.objects.filter(focus_areas=page)),
        )
    if isinstance(page, OrganPage):
        return Audience(
            meetings=_live(MeetingPage.objects.descendant_of(page)),
            publications=_live(PublicationPage.objects.filter(adopted_by=page)),
        )
    if isinstance(page, SubRegionPage):
        news, publications = _mentioning([page.title])
        return Audience(
            events=_events().filter(municipality__subregions=page).distinct(),
            news=news,
            publications=publications,
        )
    if isinstance(page, MunicipalityPage):
        subregions = list(public_among(page.subregions.all()).values_list("pk", "title"))
        news, publications = _mentioning([page.title] + [title for _, title in subregions])
        in_area = Q(municipality=page) | Q(
            municipality__subregions__in=[pk for pk, _ in subregions]
        )
        return Audience(
            events=_events().filter(in_area).distinct(),
            news=news,
            publications=publications,
            calendar_filter={"kommune": page.slug},
        )
    if isinstance(page, EventIndexPage):
        return Audience(events=_events().child_of(page))
    return None
