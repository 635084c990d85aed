import datetime

import factory

from events import dates
from events.models import EventIndexPage, EventPage

from .core import BasePageFactory, TopLevelPageFactory


class EventIndexPageFactory(TopLevelPageFactory):
    class Meta:
        model = EventIndexPage


class EventPageFactory(BasePageFactory):
    parent = factory.SubFactory(EventIndexPageFactory)
    intro = "Et arrangement."
    start = factory.LazyFunction(lambda: dates.local_midnight(datetime.date(2024, 3, 18)))
    all_day = True

    class Meta:
        model = EventPage
