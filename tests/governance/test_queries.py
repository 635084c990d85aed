"""Organ and meeting pages make the same number of queries for 5 or 50 rows."""

from datetime import date

import pytest
from wagtail.documents import get_document_model
from wagtail_factories import ImageFactory

from governance.models import AgendaItem, Membership, Role
from tests.factories import (
    MembershipFactory,
    MunicipalityPageFactory,
    PartyFactory,
    SubRegionPageFactory,
)
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


def test_organ_page_queries_do_not_grow_with_members(warm_client, styret, make_people):
    party = PartyFactory(abbreviation="Ap")
    subregion = SubRegionPageFactory()
    photo = ImageFactory()
    for person in make_people(5, prefix="Fast medlem"):
        person.party, person.photo, person.photo_credit = party, photo, "Fotograf"
        person.save()
        MembershipFactory(organ=styret, person=person, represents_subregion=subregion)
    before = count_queries(warm_client, "/organisasjon/styret/", warm=True)
    people = make_people(40)
    for number, person in enumerate(people):
        person.party = party
        person.photo = photo if number % 2 else None
        person.photo_credit = "Fotograf"
        person.save()
    Membership.objects.bulk_create(
        [
            Membership(
                organ=styret,
                person=person,
                role=Role.MEMBER,
                represents_subregion=subregion,
                end_date=date(2020, 1, 1 + number % 28) if number % 3 == 0 else None,
                sort_order=100 + number,
                locale=styret.locale,
            )
            for number, person in enumerate(people)
        ]
    )
    html = warm_client.get("/organisasjon/styret/").content.decode()
    assert "Testperson 39" in html
    # The portraits' renditions come in one query, however many there are.
    assert count_queries(warm_client, "/organisasjon/styret/", warm=True) == before


def test_meeting_page_queries_do_not_grow_with_agenda(warm_client, make_meeting):
    few = make_meeting("2031-01-01", date(2031, 1, 1), agenda_items=[AgendaItem(title="Sak")])
    documents = [get_document_model().objects.create(title=f"Vedlegg {n}") for n in range(3)]
    many = make_meeting(
        "2031-02-01",
        date(2031, 2, 1),
        agenda_items=[
            AgendaItem(
                case_number=f"{n}/31",
                title=f"Sak {n}",
                documents=[("document", documents[n % 3])],
            )
            for n in range(1, 31)
        ],
    )
    assert (
        count_queries(warm_client, many.url, warm=True)
        <= count_queries(warm_client, few.url, warm=True) + 1
    )
    assert "Vedlegg 2" in warm_client.get(many.url).content.decode()


def test_municipality_page_queries_do_not_grow_with_people(warm_client, styret, make_people):
    kongsvinger = MunicipalityPageFactory(title="Kongsvinger")
    for person in make_people(3, prefix="Fast representant"):
        person.municipality = kongsvinger
        person.save()
        MembershipFactory(organ=styret, person=person)
    before = count_queries(warm_client, kongsvinger.url, warm=True)
    people = make_people(20, prefix="Kongsvinger-representant")
    for person in people:
        person.municipality = kongsvinger
        person.save()
    Membership.objects.bulk_create(
        [
            Membership(organ=styret, person=p, sort_order=200 + n, locale=styret.locale)
            for n, p in enumerate(people)
        ]
    )
    assert "Kongsvinger-representant 19" in warm_client.get(kongsvinger.url).content.decode()
    assert count_queries(warm_client, kongsvinger.url, warm=True) == before
