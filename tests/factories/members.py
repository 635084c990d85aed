from decimal import Decimal

import factory

from members.models import (
    County,
    MunicipalityIndexPage,
    MunicipalityPage,
    SubRegionIndexPage,
    SubRegionPage,
)

from .core import BasePageFactory, TopLevelPageFactory


class MunicipalityIndexPageFactory(TopLevelPageFactory):
    class Meta:
        model = MunicipalityIndexPage


class MunicipalityPageFactory(BasePageFactory):
    parent = factory.SubFactory(MunicipalityIndexPageFactory)
    title = factory.Sequence(lambda n: f"Testkommune {n}")
    official_name = factory.LazyAttribute(lambda page: f"{page.title} kommune")
    municipality_number = factory.Sequence(lambda n: f"{9000 + n % 1000}")
    county = County.AKERSHUS
    latitude = Decimal("59.91")
    longitude = Decimal("10.75")

    class Meta:
        model = MunicipalityPage


class SubRegionIndexPageFactory(BasePageFactory):
    parent = factory.SubFactory(MunicipalityIndexPageFactory)

    class Meta:
        model = SubRegionIndexPage


class SubRegionPageFactory(BasePageFactory):
    parent = factory.SubFactory(SubRegionIndexPageFactory)
    title = factory.Sequence(lambda n: f"Testregionen {n}")

    class Meta:
        model = SubRegionPage
