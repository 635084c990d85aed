"""Open meetings announced: the notice before, the status after (kunngjort, avholdt, protokoll publisert)."""

import re
from datetime import date, time, timedelta

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from governance.models import DocumentKind, MeetingIndexPage, MeetingPage, MeetingStatus, OrganPage
from tests.factories import EventIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def council(make_organ, home_page) -> OrganPage:
    return make_organ(
        "Representantskapet",
        "representantskapet",
        meetings_in_calendar=True,
        attendance="Møtet er åpent. Meld deg på hos sekretariatet hvis du vil sitte i salen.",
    )


@pytest.fixture
def make_council_meeting(council):
    index = MeetingIndexPage.objects.child_of(council).get()

    def make(slug, day, **fields):
        meeting = MeetingPage(slug=slug, title=f"Representantskapet {slug}", date=day, **fields)
        index.add_child(instance=meeting)
        meeting.save_revision().publish()
        return meeting

    return make


def text_of(client, page) -> str:
    return " ".join(client.get(page.url).content.decode().split())


def test_an_open_meeting_ahead_is_announced_with_time_place_and_how_to_attend(
    client, make_council_meeting
):
    day = date.today() + timedelta(days=20)
    meeting = make_council_meeting(
        "var", day, is_open=True, place="Oslo rådhus", start_time=time(10, 0)
    )
    page = text_of(client, meeting)
    assert "Kunngjøring av åpent møte" in page
    assert "Møtet starter kl. 10.00." in page and "Sted: Oslo rådhus." in page
    assert "Meld deg på hos sekretariatet" in page
    assert "Sakslisten og sakspapirene legges ut på denne siden før møtet." in page
    assert "<dd> Kunngjort </dd>" in page


def test_a_closed_or_cancelled_meeting_is_not_announced(client, make_council_meeting):
    day = date.today() + timedelta(days=20)
    closed = make_council_meeting("lukket", day)
    cancelled = make_council_meeting("avlyst", day, is_open=True, status=MeetingStatus.CANCELLED)
    assert "Kunngjøring" not in text_of(client, closed)
    assert "<dd> Planlagt </dd>" in text_of(client, closed)
    assert "Kunngjøring" not in text_of(client, cancelled)
    assert "<dd> Avlyst </dd>" in text_of(client, cancelled)


def test_after_the_meeting_the_status_follows_the_protocol(client, make_council_meeting):
    meeting = make_council_meeting(
        "host", date(2024, 10, 1), is_open=True, status=MeetingStatus.HELD
    )
    assert "<dd> Avholdt </dd>" in text_of(client, meeting)
    assert "Kunngjøring" not in text_of(client, meeting)
    protocol = get_document_model().objects.create(
        title="Protokoll", file=ContentFile(b"x", name="protokoll.pdf")
    )
    meeting.documents.create(kind=DocumentKind.MINUTES, document=protocol)
    meeting.save_revision().publish()
    page = text_of(client, meeting)
    assert "<dd> Protokoll publisert </dd>" in page
    assert re.search(r"Protokoll: <span>Protokoll</span>", page)


def test_the_home_page_and_the_calendar_carry_the_notice(client, make_council_meeting):
    EventIndexPageFactory(title="Arrangementer", slug="arrangementer")
    meeting = make_council_meeting("kunngjort", date.today() + timedelta(days=10), is_open=True)
    home = client.get("/").content.decode()
    assert "Kunngjorte åpne møter" in home
    assert f'href="{meeting.url}"' in home
    assert meeting.title in client.get("/arrangementer/kalender.ics").content.decode()


def test_no_notice_section_on_the_home_page_when_none_is_announced(client, make_council_meeting):
    make_council_meeting("lukket", date.today() + timedelta(days=10), is_open=False)
    make_council_meeting("holdt", date.today() - timedelta(days=10), is_open=True)
    assert "Kunngjorte åpne møter" not in client.get("/").content.decode()
