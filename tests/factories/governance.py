import datetime

import factory
from factory.django import DjangoModelFactory

from governance.models import (
    CaseIndexPage,
    CasePage,
    InnsynPage,
    MeetingIndexPage,
    MeetingPage,
    MeetingStatus,
    Membership,
    OrganisationIndexPage,
    OrganKind,
    OrganPage,
    Party,
    Person,
    Role,
)

from .core import BasePageFactory, TopLevelPageFactory


class PartyFactory(DjangoModelFactory):
    abbreviation = factory.Sequence(lambda n: f"P{n}")
    name = factory.Sequence(lambda n: f"Testpartiet {n}")

    class Meta:
        model = Party


class PersonFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kari Nordmann {n}")
    title = "Ordfører"
    party = factory.SubFactory(PartyFactory)

    class Meta:
        model = Person


class OrganisationIndexPageFactory(TopLevelPageFactory):
    class Meta:
        model = OrganisationIndexPage


class OrganPageFactory(BasePageFactory):
    parent = factory.SubFactory(OrganisationIndexPageFactory)
    kind = OrganKind.POLITICAL
    intro = "Et organ i Osloregionen."

    class Meta:
        model = OrganPage


class MembershipFactory(DjangoModelFactory):
    """A seat in an organ: a member with no start or end date, so current on any day."""

    organ = factory.SubFactory(OrganPageFactory)
    person = factory.SubFactory(PersonFactory)
    role = Role.MEMBER

    class Meta:
        model = Membership


class MeetingIndexPageFactory(BasePageFactory):
    parent = factory.SubFactory(OrganPageFactory)
    slug = factory.Sequence(lambda n: f"moter-{n}")

    class Meta:
        model = MeetingIndexPage


class MeetingPageFactory(BasePageFactory):
    parent = factory.SubFactory(MeetingIndexPageFactory)
    date = datetime.date(2024, 6, 24)
    status = MeetingStatus.HELD
    intro = "Et møte."

    class Meta:
        model = MeetingPage


class CaseIndexPageFactory(BasePageFactory):
    parent = factory.SubFactory(OrganisationIndexPageFactory)
    slug = factory.Sequence(lambda n: f"saker-{n}")

    class Meta:
        model = CaseIndexPage


class CasePageFactory(BasePageFactory):
    parent = factory.SubFactory(CaseIndexPageFactory)
    year = 2024
    intro = "En sak."

    class Meta:
        model = CasePage


class InnsynPageFactory(BasePageFactory):
    parent = factory.SubFactory(OrganisationIndexPageFactory)
    intro = "Alle kan be om innsyn."

    class Meta:
        model = InnsynPage
