"""The municipality page as the member's dashboard: its delregion's seat with the person, the
events in its area, news and publications that name it, and its feeds; the same on delregion
pages, at a query count that does not grow with the number of items."""

import pytest
from django.utils import timezone

from events.models import EventPage
from governance.models import Membership
from members.models import MunicipalityPage, SubRegionPage
from osloregionen.core.templatetags import feed_tags
from tests.queries import count_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def test_the_municipality_page_names_its_delregions_board_seat_and_person(client):
    lorenskog = MunicipalityPage.objects.get(slug="lorenskog")
    seat = (
        Membership.objects.current(timezone.localdate())
        .filter(represents_subregion__in=lorenskog.subregions.all(), organ__slug="styret")
        .select_related("person")
        .first()
    )
    assert seat is not None, "the seed has the board seat of Lørenskog's delregion"
    html = client.get(lorenskog.url).content.decode()
    section = html[html.index('id="municipality-subregion-seats"') :]
    assert seat.person.name in section[:3000]
    assert "Styret" in section[:3000]


def test_the_municipality_page_shows_events_in_its_area_and_its_feeds(client):
    page = MunicipalityPage.objects.live().filter(events__isnull=False).first()
    html = client.get(page.url).content.decode()
    assert 'id="concerns-events"' in html
    assert f'href="webcal://testserver{page.url}kalender.ics"' in html


def test_a_delregion_page_shows_the_events_of_its_municipalities(client):
    page = SubRegionPage.objects.live().filter(municipalities__events__isnull=False).first()
    events = EventPage.objects.live().filter(municipality__subregions=page).distinct()
    now = timezone.now()
    expected = events.upcoming(now).first() or events.past(now).first()
    html = client.get(page.url).content.decode()
    assert 'id="concerns-events"' in html
    assert expected.title in html


@pytest.mark.parametrize("model", [MunicipalityPage, SubRegionPage])
def test_the_dashboard_costs_the_same_queries_for_few_and_many_items(
    warm_client, monkeypatch, model
):
    page = model.objects.live().filter(slug__in=["lorenskog", "nedre-romerike"]).first() or (
        model.objects.live().first()
    )
    monkeypatch.setattr(feed_tags, "CONCERNS_PER_KIND", 1)
    few = count_queries(warm_client, page.url, warm=True)
    monkeypatch.setattr(feed_tags, "CONCERNS_PER_KIND", 20)
    many = count_queries(warm_client, page.url, warm=True)
    assert few == many
