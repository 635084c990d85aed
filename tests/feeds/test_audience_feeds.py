"""RSS and iCalendar per audience, read by real clients (feedparser, icalendar)."""

import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import feedparser
import icalendar
import pytest
import time_machine
from wagtail.models import PageViewRestriction

from events import dates
from events.models import EventPage
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    FocusAreaPageFactory,
    MeetingIndexPageFactory,
    MeetingPageFactory,
    MunicipalityIndexPageFactory,
    MunicipalityPageFactory,
    NewsPageFactory,
    OrganPageFactory,
    PublicationPageFactory,
    StandardPageFactory,
    SubRegionIndexPageFactory,
    SubRegionPageFactory,
)
from tests.module_data import built_once
from tests.queries import count_queries

pytestmark = pytest.mark.django_db

KINDS = ["focus area", "organ", "delregion", "municipality", "calendar"]
# The events are in the autumn of 2024; on this day every calendar holds some of them.
IN_SEASON = datetime.datetime(2024, 9, 1, 12, tzinfo=ZoneInfo("Europe/Oslo"))


def day(month, number) -> datetime.datetime:
    return dates.local_midnight(datetime.date(2024, month, number))


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker) -> SimpleNamespace:
    """A delregion with two municipalities, a focus area, the board with meetings and the
    calendar: events in Lørenskog, in Lillestrøm and elsewhere, news and publications."""
    with built_once(django_db_blocker):
        members = MunicipalityIndexPageFactory(title="Medlemmer", slug="medlemmer")
        delregion = SubRegionPageFactory(
            parent=SubRegionIndexPageFactory(parent=members), title="Nedre Romerike"
        )
        lorenskog = MunicipalityPageFactory(parent=members, title="Lørenskog")
        lillestrom = MunicipalityPageFactory(parent=members, title="Lillestrøm")
        elsewhere = MunicipalityPageFactory(parent=members, title="Halden")
        for municipality in (lorenskog, lillestrom):
            municipality.subregions.set([delregion])
            municipality.save()
        area = FocusAreaPageFactory(title="Klima og miljø")
        board = OrganPageFactory(title="Styret")
        meetings = MeetingIndexPageFactory(parent=board)
        calendar = EventIndexPageFactory(title="Arrangementer", slug="arrangementer")
        events = {
            "lorenskog": EventPageFactory(
                parent=calendar, title="Kulturdag i Lørenskog", start=day(9, 10),
                municipality=lorenskog, focus_areas=[area],
            ),
            "lillestrom": EventPageFactory(
                parent=calendar, title="Næringsfrokost i Lillestrøm", start=day(10, 1),
                municipality=lillestrom,
            ),
            "halden": EventPageFactory(
                parent=calendar, title="Seminar i Halden", start=day(10, 15),
                municipality=elsewhere, focus_areas=[area],
            ),
        }  # fmt: skip
        meeting = MeetingPageFactory(
            parent=meetings, title="Styremøte i september", date=datetime.date(2024, 9, 20)
        )
        NewsPageFactory(title="Nytt fra Lørenskog", date=datetime.date(2024, 8, 1))
        NewsPageFactory(title="Klimanytt", date=datetime.date(2024, 8, 2), focus_areas=[area])
        PublicationPageFactory(title="Vedtatt plan", adopted_by=board)
        PublicationPageFactory(title="Rapport om Nedre Romerike")
        yield SimpleNamespace(
            pages={
                "focus area": area,
                "organ": board,
                "delregion": delregion,
                "municipality": lorenskog,
                "calendar": calendar,
            },
            events=events,
            meeting=meeting,
        )


def rss(client, page):
    response = client.get(f"{page.url}rss.xml")
    assert response.status_code == 200, page.url
    assert response["Content-Type"].startswith("application/rss+xml")
    return feedparser.parse(response.content)


def titles(feed) -> set[str]:
    return {entry.title for entry in feed.entries}


@pytest.mark.parametrize("kind", KINDS)
def test_each_audience_has_a_valid_rss_feed(client, site, kind):
    page = site.pages[kind]
    feed = rss(client, page)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.feed.title.endswith(page.title)
    assert feed.entries, kind
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/")
        assert entry.published_parsed


@pytest.mark.parametrize("kind", KINDS)
def test_each_audience_has_a_calendar_that_parses(client, site, kind):
    page = site.pages[kind]
    with time_machine.travel(IN_SEASON):
        response = client.get(f"{page.url}kalender.ics")
    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["X-WR-CALNAME"]).startswith(page.title)
    components = calendar.walk("VEVENT")
    assert components, kind
    for component in components:
        assert component["UID"]
        assert component.decoded("DTSTART")
        assert str(component["URL"]).startswith("http://testserver/")


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("focus area", {"Kulturdag i Lørenskog", "Seminar i Halden", "Klimanytt"}),
        ("organ", {"Styremøte i september", "Vedtatt plan"}),
        (
            "delregion",
            {"Kulturdag i Lørenskog", "Næringsfrokost i Lillestrøm", "Rapport om Nedre Romerike"},
        ),
        (
            "municipality",
            {
                "Kulturdag i Lørenskog",
                "Næringsfrokost i Lillestrøm",  # held in its delregion
                "Nytt fra Lørenskog",
                "Rapport om Nedre Romerike",
            },
        ),
        (
            "calendar",
            {"Kulturdag i Lørenskog", "Næringsfrokost i Lillestrøm", "Seminar i Halden"},
        ),
    ],
)
def test_each_feed_holds_what_concerns_its_audience(client, site, kind, expected):
    assert titles(rss(client, site.pages[kind])) == expected


def test_an_organ_feed_marks_its_meetings(client, site):
    feed = rss(client, site.pages["organ"])
    categories = {
        entry.title: {tag.term for tag in entry.get("tags", [])} for entry in feed.entries
    }
    assert "Møte" in categories["Styremøte i september"]


def test_drafts_and_private_pages_are_left_out_of_feeds(client, site):
    calendar = site.pages["calendar"]
    draft = EventPage.objects.get(pk=site.events["halden"].pk)
    draft.unpublish()
    private = site.events["lillestrom"]
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    assert titles(rss(client, calendar)) == {"Kulturdag i Lørenskog"}
    delregion = site.pages["delregion"]
    PageViewRestriction.objects.create(page=delregion, restriction_type="password", password="x")
    assert client.get(f"{delregion.url}rss.xml").status_code == 404
    assert client.get(f"{delregion.url}kalender.ics").status_code == 404


def test_pages_without_an_audience_have_no_feed(client, site):
    page = StandardPageFactory(title="Personvern")
    assert client.get(page.url).status_code == 200
    assert client.get(f"{page.url}rss.xml").status_code == 404
    assert client.get(f"{page.url}kalender.ics").status_code == 404


@pytest.mark.parametrize("kind", ["focus area", "organ", "delregion", "municipality"])
def test_audience_pages_link_their_feeds_for_autodiscovery_and_subscription(client, site, kind):
    page = site.pages[kind]
    html = client.get(page.url).content.decode()
    full = f"http://testserver{page.url}"
    assert 'type="application/rss+xml"' in html
    assert f'href="{full}rss.xml"' in html
    assert f'href="{full}kalender.ics"' in html
    assert f'href="webcal://testserver{page.url}kalender.ics"' in html


def test_the_event_calendar_offers_webcal_beside_the_ics(client, site):
    page = site.pages["calendar"]
    html = client.get(page.url).content.decode()
    assert f'href="webcal://testserver{page.url}kalender.ics"' in html
    event = site.events["lorenskog"]
    html = client.get(event.url).content.decode()
    assert f'href="webcal://testserver{event.url}kalender.ics"' in html


def test_a_feed_costs_the_same_queries_for_few_and_many_items(client, site, monkeypatch):
    from osloregionen.feeds import views

    page = site.pages["municipality"]
    for number in range(6):
        EventPageFactory(
            parent=site.pages["calendar"], start=day(11, 1 + number), municipality=page
        )
        NewsPageFactory(title=f"Lørenskog nr. {number}")
    monkeypatch.setattr(views, "PER_KIND", 2)
    few = count_queries(client, f"{page.url}rss.xml", warm=True)
    assert len(rss(client, page).entries) == 2 + 2 + 1  # events, news, the one publication
    monkeypatch.setattr(views, "PER_KIND", 30)
    many = count_queries(client, f"{page.url}rss.xml", warm=True)
    assert len(rss(client, page).entries) == 8 + 7 + 1
    assert few == many


def test_an_organ_calendar_has_its_meetings(client, site):
    with time_machine.travel(IN_SEASON):
        response = client.get(f"{site.pages['organ'].url}kalender.ics")
    (meeting,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert str(meeting["SUMMARY"]) == "Styremøte i september"
    assert str(meeting["URL"]) == f"http://testserver{site.meeting.url}"
