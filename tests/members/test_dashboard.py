"""The municipality page as the member's dashboard: its delregion's seat with the person, the
events in its area, news and publications that name it, and its feeds; the same on delregion
pages, at a query count that does not grow with the number of items."""

import datetime

import pytest

from events import dates
from governance.models import Role
from osloregionen.core.content_version import content_changed
from osloregionen.core.templatetags import feed_tags
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    MembershipFactory,
    MunicipalityPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganPageFactory,
    PersonFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    SubRegionIndexPageFactory,
    SubRegionPageFactory,
)
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


def municipality_in_a_subregion(member_index, title="Lørenskog", subregion="Nedre Romerike"):
    subregion = SubRegionPageFactory(
        parent=SubRegionIndexPageFactory(parent=member_index), title=subregion
    )
    municipality = MunicipalityPageFactory(parent=member_index, title=title)
    municipality.subregions.set([subregion])
    municipality.save()
    return municipality, subregion


def test_the_municipality_page_names_its_delregions_board_seat_and_person(client, member_index):
    municipality, subregion = municipality_in_a_subregion(member_index)
    board = OrganPageFactory(title="Styret")
    person = PersonFactory(name="Ragnhild Romerike", municipality=None)
    MembershipFactory(organ=board, person=person, role=Role.MEMBER, represents_subregion=subregion)
    html = client.get(municipality.url).content.decode()
    section = html[html.index('id="municipality-subregion-seats"') :]
    assert "Ragnhild Romerike" in section[:3000]
    assert f'href="{board.url}">Styret</a>' in section[:3000]
    assert "(for Nedre Romerike)" in section[:3000]


def test_a_municipality_without_a_seat_for_its_delregion_has_no_seat_section(client, member_index):
    municipality, _subregion = municipality_in_a_subregion(member_index)
    html = client.get(municipality.url).content.decode()
    assert 'id="municipality-subregion-seats"' not in html


def test_the_municipality_page_shows_events_in_its_area_and_its_feeds(client, member_index):
    municipality, _subregion = municipality_in_a_subregion(member_index)
    event = EventPageFactory(title="Kulturdag i Lørenskog", municipality=municipality)
    html = client.get(municipality.url).content.decode()
    events = html[html.index('id="concerns-events"') :]
    assert f'href="{event.url}"' in events
    assert f'href="webcal://testserver{municipality.url}kalender.ics"' in html


def test_a_delregion_page_shows_the_events_of_its_municipalities(client, member_index):
    municipality, subregion = municipality_in_a_subregion(member_index)
    EventPageFactory(title="Næringsfrokost i Lørenskog", municipality=municipality)
    EventPageFactory(title="Et arrangement et annet sted")
    html = client.get(subregion.url).content.decode()
    assert 'id="concerns-events"' in html
    assert "Næringsfrokost i Lørenskog" in html
    assert "Et arrangement et annet sted" not in html


def concerning(municipality, number: int) -> None:
    """``number`` events held in the municipality, and news and publications naming it."""
    calendar, news, library = (
        EventIndexPageFactory(),
        NewsIndexPageFactory(),
        PublicationIndexPageFactory(),
    )
    for day in range(number):
        EventPageFactory(
            parent=calendar,
            title=f"Arrangement nr. {day}",
            municipality=municipality,
            start=dates.local_midnight(datetime.date(2024, 3, 1 + day)),
        )
        NewsPageFactory(parent=news, title=f"Nytt fra {municipality.title} nr. {day}")
        PublicationPageFactory(parent=library, title=f"Rapport om {municipality.title} nr. {day}")


@pytest.mark.parametrize("page", ["municipality", "subregion"])
def test_the_dashboard_costs_the_same_queries_for_few_and_many_items(
    warm_client, member_index, monkeypatch, page
):
    municipality, subregion = municipality_in_a_subregion(member_index)
    concerning(municipality, 8)
    url = {"municipality": municipality, "subregion": subregion}[page].url
    monkeypatch.setattr(feed_tags, "CONCERNS_PER_KIND", 1)
    few = count_queries(warm_client, url, warm=True)
    monkeypatch.setattr(feed_tags, "CONCERNS_PER_KIND", 20)
    content_changed()  # the fragment cached with the smaller limit is not valid any more
    html = warm_client.get(url).content.decode()
    assert html.count("Arrangement nr. ") == 8
    if page == "municipality":
        assert html.count("Nytt fra Lørenskog nr. ") == html.count("Rapport om Lørenskog nr. ") == 8
    assert count_queries(warm_client, url, warm=True) == few
