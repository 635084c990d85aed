import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from governance.models import (
    MeetingIndexPage,
    MeetingPage,
    OrganisationIndexPage,
    OrganKind,
    OrganPage,
    Person,
)
from tests.factories import MeetingIndexPageFactory, OrganisationIndexPageFactory, OrganPageFactory


@pytest.fixture
def organisation(db) -> OrganisationIndexPage:
    """/organisasjon/, empty."""
    return OrganisationIndexPageFactory(title="Organisasjon", slug="organisasjon")


@pytest.fixture
def make_organ(organisation):
    """An organ with its list of meetings: /organisasjon/<slug>/ and …/moter/."""

    def make(title, slug, parent=None, **fields) -> OrganPage:
        fields.setdefault("kind", OrganKind.POLITICAL)
        organ = OrganPageFactory(parent=parent or organisation, title=title, slug=slug, **fields)
        MeetingIndexPageFactory(parent=organ, title=f"Møter i {title.lower()}", slug="moter")
        return organ

    return make


@pytest.fixture
def styret(make_organ) -> OrganPage:
    return make_organ("Styret", "styret")


@pytest.fixture
def styret_meetings(styret) -> MeetingIndexPage:
    return MeetingIndexPage.objects.child_of(styret).get()


def add_meeting(meeting_index, slug, day, **fields) -> MeetingPage:
    fields.setdefault("title", f"Møte {slug}")
    meeting = MeetingPage(slug=slug, date=day, **fields)
    meeting_index.add_child(instance=meeting)
    meeting.save_revision().publish()
    return meeting


@pytest.fixture
def make_meeting(styret_meetings):
    """A published meeting of the board."""

    def make(slug, day, **fields):
        return add_meeting(styret_meetings, slug, day, **fields)

    return make


@pytest.fixture
def make_people(db):
    def make(count, prefix="Testperson"):
        # bulk_create skips the save that gives a translatable snippet its locale.
        locale = Locale.get_default()
        return Person.objects.bulk_create(
            [Person(name=f"{prefix} {number}", locale=locale) for number in range(count)]
        )

    return make


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")
