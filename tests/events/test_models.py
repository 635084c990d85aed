from datetime import datetime, timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Page

from events.dates import OSLO
from events.models import Attendance, DatePrecision, EventIndexPage, EventPage
from osloregionen.home.models import HomePage
from tests.wagtail_asserts import page_assertions

pytestmark = pytest.mark.django_db


def oslo(*args) -> datetime:
    return datetime(*args, tzinfo=OSLO)


def test_page_type_rules(event_index):
    rules = page_assertions()
    rules.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
    rules.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
    rules.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
    rules.assertAllowedSubpageTypes(EventPage, set())
    rules.assertCanCreateAt(HomePage, EventIndexPage)
    home = event_index.get_parent()
    assert not EventIndexPage.can_create_at(home)  # one calendar
    assert EventPage.can_create_at(event_index)
    assert not EventPage.can_create_at(home)


def _event(**fields) -> EventPage:
    fields.setdefault("start", oslo(2030, 3, 1, 10))
    return EventPage(title="Testarrangement", slug="test", **fields)


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"end": oslo(2030, 3, 1, 9)}, "end", "kan ikke slutte før det starter"),
        (
            {
                "registration_url": "https://example.org/p",
                "registration_deadline": oslo(2030, 3, 2),
            },
            "registration_deadline",
            "Påmeldingsfristen må være før arrangementet starter",
        ),
        ({"attendance": Attendance.ONLINE}, "online_url", "trenger en lenke til sendingen"),
        ({"attendance": Attendance.HYBRID}, "online_url", "trenger en lenke til sendingen"),
        ({"registration_deadline": oslo(2030, 2, 1)}, "registration_url", "lenken til påmeldingen"),
    ],
)
def test_clean_speaks_norwegian_to_editors(fields, field, message):
    with pytest.raises(ValidationError) as error:
        _event(**fields).clean()
    assert message in " ".join(error.value.message_dict[field])


def test_clean_accepts_a_complete_online_event():
    _event(
        attendance=Attendance.ONLINE,
        online_url="https://example.org/webinar",
        end=oslo(2030, 3, 1, 11),
        registration_url="https://example.org/p",
        registration_deadline=oslo(2030, 2, 28),
    ).clean()


def test_a_past_webinar_needs_no_broadcast_link():
    _event(start=oslo(2024, 11, 13, 9), attendance=Attendance.ONLINE).clean()


@time_machine.travel(oslo(2030, 3, 1, 12), tick=False)
def test_upcoming_and_past_around_now(make_event):
    now = oslo(2030, 3, 1, 12)
    this_morning = make_event("i-formiddag", datetime(2030, 3, 1, 9), end=oslo(2030, 3, 1, 11))
    this_afternoon = make_event("i-ettermiddag", datetime(2030, 3, 1, 13))
    today_all_day = make_event("hele-dagen", datetime(2030, 3, 1), all_day=True)
    this_month = make_event("i-mars", datetime(2030, 3, 1), date_precision=DatePrecision.MONTH)
    next_week = make_event("neste-uke", datetime(2030, 3, 8, 10))
    upcoming = list(EventPage.objects.upcoming(now).filter(start__year=2030))
    past = list(EventPage.objects.past(now).filter(start__year=2030))
    assert upcoming == [today_all_day, this_month, this_afternoon, next_week]
    assert past == [this_morning]


def test_multi_day_event_is_upcoming_until_its_last_day_is_over(make_event):
    event = make_event("to-dager", datetime(2030, 5, 23), end=oslo(2030, 5, 24), all_day=True)
    assert event.finishes_at == oslo(2030, 5, 25)
    assert not event.is_over(oslo(2030, 5, 24, 23, 59))
    assert event.is_over(oslo(2030, 5, 25))


def test_month_precision_is_stored_as_the_first_of_the_month(make_event):
    event = make_event(
        "en-gang-i-mai", datetime(2030, 5, 17, 14), date_precision=DatePrecision.MONTH
    )
    assert event.start == oslo(2030, 5, 1)
    assert event.end is None
    assert event.finishes_at == oslo(2030, 6, 1)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"start": oslo(2024, 5, 1), "date_precision": DatePrecision.MONTH}, "mai 2024"),
        ({"start": oslo(2024, 1, 18), "all_day": True}, "18. januar 2024"),
        (
            {"start": oslo(2024, 5, 23), "end": oslo(2024, 5, 24), "all_day": True},
            "23.–24. mai 2024",
        ),
        (
            {"start": oslo(2024, 5, 30), "end": oslo(2024, 6, 2), "all_day": True},
            "30. mai – 2. juni 2024",
        ),
        (
            {"start": oslo(2024, 7, 10, 10), "end": oslo(2024, 7, 10, 11, 30)},
            "10. juli 2024 kl. 10:00–11:30",
        ),
    ],
)
def test_when_reads_in_norwegian(fields, expected):
    with translation.override("nb"):
        assert _event(**fields).when == expected


def test_index_is_a_singleton_with_norwegian_description(event_index):
    assert EventIndexPage.max_count_per_parent == 1
    assert "Kalenderen" in EventIndexPage.page_description
    assert EventPage.page_description
    assert isinstance(event_index.get_parent().specific, HomePage)
    assert Page.objects.filter(pk=event_index.pk).exists()


def test_finishes_at_follows_an_edit(make_event):
    event = make_event("flyttes", datetime(2030, 1, 10, 10))
    event.start = event.start + timedelta(days=30)
    event.save_revision().publish()
    event.refresh_from_db()
    assert event.finishes_at == oslo(2030, 2, 9, 10)
