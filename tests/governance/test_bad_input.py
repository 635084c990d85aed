import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


@pytest.mark.parametrize(
    ("query", "status"),
    [("", 200), ("?page=abc", 200), ("?page=1", 200), ("?page=-1", 404), ("?page=0", 404),
     ("?page=" + "9" * 30, 404), ("?page=2", 404), ("?foo=%01&page=%7F", 200), ("?foo=%00&page=%ff", 400)],
)  # fmt: skip
def test_meeting_list_pagination_never_fails(client, query, status):
    assert client.get(f"/organisasjon/styret/moter/{query}").status_code == status


@pytest.mark.parametrize(
    "path",
    [
        "/organisasjon/styret/moter/finnes-ikke/",
        "/organisasjon/finnes-ikke/",
        "/organisasjon/styret/x/",
    ],
)
def test_unknown_slugs_are_404(client, path):
    assert client.get(path).status_code == 404
