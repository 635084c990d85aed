import datetime

import factory

from reports.models import (
    AnnualReportChapterPage,
    AnnualReportPage,
    PublicationIndexPage,
    PublicationPage,
)

from .core import BasePageFactory, TopLevelPageFactory


class PublicationIndexPageFactory(TopLevelPageFactory):
    class Meta:
        model = PublicationIndexPage


class PublicationPageFactory(BasePageFactory):
    parent = factory.SubFactory(PublicationIndexPageFactory)
    date = datetime.date(2024, 8, 29)

    class Meta:
        model = PublicationPage


class AnnualReportPageFactory(PublicationPageFactory):
    report_year = 2024

    class Meta:
        model = AnnualReportPage


class AnnualReportChapterPageFactory(BasePageFactory):
    parent = factory.SubFactory(AnnualReportPageFactory)
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Et kapittel.</p>")])

    class Meta:
        model = AnnualReportChapterPage
