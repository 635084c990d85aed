from datetime import datetime

import pytest

from events.dates import OSLO
from events.models import EventIndexPage, EventPage
from tests.factories import EventIndexPageFactory, EventPageFactory


@pytest.fixture
def event_index(db) -> EventIndexPage:
    """The calendar, /arrangementer/, empty."""
    return EventIndexPageFactory(title="Arrangementer", slug="arrangementer")


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


@pytest.fixture
def add_events(event_index):
    """Many live events at once, without a revision each (for lists and query counts)."""

    def add(starts, **fields) -> list[EventPage]:
        return [
            EventPageFactory(parent=event_index, start=start.replace(tzinfo=OSLO), **fields)
            for start in starts
        ]

    return add
