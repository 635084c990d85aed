"""RSS and iCalendar per audience, read by real clients (feedparser, icalendar)."""

import feedparser
import icalendar
import pytest
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from events.models import EventIndexPage, EventPage
from governance.models import OrganPage
from members.models import MunicipalityPage, SubRegionPage
from projects.models import FocusAreaPage
from tests.queries import count_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def audiences():
    board = OrganPage.objects.live().get(slug="styret")
    lorenskog = MunicipalityPage.objects.get(slug="lorenskog")
    return {
        "focus area": FocusAreaPage.objects.live().filter(events__isnull=False).first(),
        "organ": board,
        "delregion": SubRegionPage.objects.live()
        .filter(municipalities__events__isnull=False)
        .first(),
        "municipality": MunicipalityPage.objects.live().filter(events__isnull=False).first()
        or lorenskog,
        "calendar": EventIndexPage.objects.live().first(),
    }


def rss(client, page):
    response = client.get(f"{page.url}rss.xml")
    assert response.status_code == 200, page.url
    assert response["Content-Type"].startswith("application/rss+xml")
    return feedparser.parse(response.content)


@pytest.mark.parametrize("kind", ["focus area", "organ", "delregion", "municipality", "calendar"])
def test_each_audience_has_a_valid_rss_feed(client, kind):
    page = audiences()[kind]
    feed = rss(client, page)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.feed.title.endswith(page.title)
    assert feed.entries, kind
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/")
        assert entry.published_parsed


@pytest.mark.parametrize("kind", ["focus area", "organ", "delregion", "municipality", "calendar"])
def test_each_audience_has_a_calendar_that_parses(client, kind):
    page = audiences()[kind]
    response = client.get(f"{page.url}kalender.ics")
    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["X-WR-CALNAME"]).startswith(page.title)
    for component in calendar.walk("VEVENT"):
        assert component["UID"]
        assert component.decoded("DTSTART")


def test_a_municipality_feed_has_its_own_and_its_delregions_events(client):
    municipality = audiences()["municipality"]
    subregions = list(municipality.subregions.all())
    expected = EventPage.objects.live().filter(
        Q(municipality=municipality) | Q(municipality__subregions__in=subregions)
    )
    titles = {entry.title for entry in rss(client, municipality).entries}
    assert expected.exists()
    assert {event.title for event in expected.order_by("-start")[:5]} <= titles


def test_an_organ_feed_has_its_meetings_and_publications(client):
    board = OrganPage.objects.live().get(slug="styret")
    feed = rss(client, board)
    categories = {tag.term for entry in feed.entries for tag in entry.get("tags", [])}
    assert "Møte" in categories


def test_drafts_and_private_pages_are_left_out_of_feeds(client):
    page = audiences()["calendar"]
    event = EventPage.objects.live().child_of(page).order_by("-start").first()
    event.unpublish()
    other = EventPage.objects.live().child_of(page).order_by("-start").first()
    PageViewRestriction.objects.create(page=other, restriction_type="password", password="x")
    titles = {entry.title for entry in rss(client, page).entries}
    assert event.title not in titles and other.title not in titles
    private = audiences()["delregion"]
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    assert client.get(f"{private.url}rss.xml").status_code == 404
    assert client.get(f"{private.url}kalender.ics").status_code == 404


def test_pages_without_an_audience_have_no_feed(client, home_page):
    page = Page.objects.get(slug="personvern")
    assert client.get(f"{page.url}rss.xml").status_code == 404
    assert client.get(f"{page.url}kalender.ics").status_code == 404


@pytest.mark.parametrize("kind", ["focus area", "organ", "delregion", "municipality"])
def test_audience_pages_link_their_feeds_for_autodiscovery_and_subscription(client, kind):
    page = audiences()[kind]
    html = client.get(page.url).content.decode()
    full = f"http://testserver{page.url}"
    assert 'type="application/rss+xml"' in html
    assert f'href="{full}rss.xml"' in html
    assert f'href="{full}kalender.ics"' in html
    assert f'href="webcal://testserver{page.url}kalender.ics"' in html


def test_the_event_calendar_offers_webcal_beside_the_ics(client):
    page = audiences()["calendar"]
    html = client.get(page.url).content.decode()
    assert f'href="webcal://testserver{page.url}kalender.ics"' in html
    event = EventPage.objects.live().filter(date_precision="day").first()
    html = client.get(event.url).content.decode()
    assert f'href="webcal://testserver{event.url}kalender.ics"' in html


def test_a_feed_costs_the_same_queries_for_few_and_many_items(client, monkeypatch):
    from osloregionen.feeds import views

    page = audiences()["municipality"]
    monkeypatch.setattr(views, "PER_KIND", 2)
    few = count_queries(client, f"{page.url}rss.xml", warm=True)
    monkeypatch.setattr(views, "PER_KIND", 30)
    many = count_queries(client, f"{page.url}rss.xml", warm=True)
    assert few == many


def test_the_delregion_feed_is_for_its_municipalities(client):
    subregion = SubRegionPage.objects.filter(municipalities__events__isnull=False).first()
    titles = {entry.title for entry in rss(client, subregion).entries}
    assert titles
    outside = EventPage.objects.live().exclude(municipality__subregions=subregion).first()
    assert (
        outside.title not in titles
        or EventPage.objects.filter(
            title=outside.title, municipality__subregions=subregion
        ).exists()
    )


@pytest.mark.parametrize("kind", ["focus area", "organ", "municipality", "calendar"])
def test_in_the_season_of_the_seed_the_calendars_hold_its_events(client, kind):
    """The seed's events are from 2024; on a day in 2024 each calendar has entries."""
    import datetime
    from zoneinfo import ZoneInfo

    import time_machine

    page = audiences()[kind]
    with time_machine.travel(datetime.datetime(2024, 9, 1, 12, tzinfo=ZoneInfo("Europe/Oslo"))):
        response = client.get(f"{page.url}kalender.ics")
    events = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert events, kind
    assert all(str(event["URL"]).startswith("http://testserver/") for event in events)
