from datetime import datetime

import pytest

from events.dates import OSLO
from events.models import EventIndexPage, EventPage
from tests.factories import EventPageFactory


@pytest.fixture
def event_index(db) -> EventIndexPage:
    return EventIndexPage.objects.get(slug="arrangementer")


@pytest.fixture
def make_event(event_index):
    """Publish an event under the calendar; times are Oslo wall-clock times."""

    def make(slug: str, start: datetime, **fields) -> EventPage:
        fields.setdefault("title", slug.replace("-", " ").capitalize())
        event = EventPageFactory(
            parent=event_index, slug=slug, start=start.replace(tzinfo=OSLO), **fields
        )
        event.save_revision().publish()
        return event

    return make
