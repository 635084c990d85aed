from datetime import date

import pytest

from .conftest import add_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def meetings(styret_meetings):
    """A meeting list of one page: three meetings."""
    for month in (3, 6, 9):
        add_meeting(styret_meetings, f"2024-{month:02d}-01", date(2024, month, 1))
    return styret_meetings


@pytest.mark.parametrize(
    ("query", "status"),
    [("", 200), ("?page=abc", 200), ("?page=1", 200), ("?page=-1", 404), ("?page=0", 404),
     ("?page=" + "9" * 30, 404), ("?page=2", 404), ("?foo=%01&page=%7F", 200), ("?foo=%00&page=%ff", 400)],
)  # fmt: skip
def test_meeting_list_pagination_never_fails(client, meetings, query, status):
    assert client.get(f"/organisasjon/styret/moter/{query}").status_code == status


@pytest.mark.parametrize(
    "path",
    [
        "/organisasjon/styret/moter/finnes-ikke/",
        "/organisasjon/finnes-ikke/",
        "/organisasjon/styret/x/",
    ],
)
def test_unknown_slugs_are_404(client, meetings, path):
    assert client.get("/organisasjon/styret/moter/2024-03-01/").status_code == 200
    assert client.get(path).status_code == 404
