import pytest
from bs4 import BeautifulSoup

from governance.models import MeetingIndexPage, MeetingPage, OrganPage, Person


@pytest.fixture
def styret(db) -> OrganPage:
    return OrganPage.objects.get(slug="styret")


@pytest.fixture
def styret_meetings(styret) -> MeetingIndexPage:
    return MeetingIndexPage.objects.child_of(styret).get()


@pytest.fixture
def make_meeting(styret_meetings):
    def make(slug, day, **fields):
        meeting = MeetingPage(slug=slug, title=f"Møte {slug}", date=day, **fields)
        styret_meetings.add_child(instance=meeting)
        meeting.save_revision().publish()
        return meeting

    return make


@pytest.fixture
def make_people(db):
    def make(count, prefix="Testperson"):
        return Person.objects.bulk_create(
            [Person(name=f"{prefix} {number}") for number in range(count)]
        )

    return make


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")
