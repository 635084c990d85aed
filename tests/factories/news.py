import datetime

import factory

from osloregionen.news.models import NewsIndexPage, NewsPage

from .core import BasePageFactory, TopLevelPageFactory


class NewsIndexPageFactory(TopLevelPageFactory):
    class Meta:
        model = NewsIndexPage


class NewsPageFactory(BasePageFactory):
    parent = factory.SubFactory(NewsIndexPageFactory)
    date = datetime.date(2024, 9, 18)
    lead = "Ingressen til nyheten."

    class Meta:
        model = NewsPage
