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
    start = factory.LazyFunction(lambda: dates.local_midnight(datetime.date(2024, 3, 18)))

    class Meta:
        model = EventPage
