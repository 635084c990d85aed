import pytest

from tests.factories import StandardPageFactory
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


def test_pages_api_lists_live_pages(client, home_page):
    StandardPageFactory(parent=home_page, title="Om Osloregionen")
    StandardPageFactory(parent=home_page, title="Utkast", live=False)
    response = client.get("/api/v2/pages/", {"type": "core.StandardPage"})
    assert response.status_code == 200
    data = response.json()
    assert [item["title"] for item in data["items"]] == ["Om Osloregionen"]
    assert data["meta"]["total_count"] == len(data["items"]) == 1


def test_pages_api_hides_unpublished_pages(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Personvernerklæring")
    other = StandardPageFactory(parent=home_page, title="Tilgjengelighet")
    page.unpublish()
    titles = {item["title"] for item in client.get("/api/v2/pages/").json()["items"]}
    assert "Personvernerklæring" not in titles
    assert other.title in titles


def test_pages_api_rejects_bad_filters_cleanly(client, home_page):
    response = client.get("/api/v2/pages/", {"type": "no.SuchPage"})
    assert response.status_code == 400
    response = client.get("/api/v2/pages/", {"limit": "abc"})
    assert response.status_code == 400


def test_pages_api_queries_do_not_grow_with_the_page_size(client, home_page):
    for _ in range(20):
        StandardPageFactory(parent=home_page)
    counts = [
        count_queries(client, f"/api/v2/pages/?limit={limit}", warm=True) for limit in (5, 20)
    ]
    assert counts[0] == counts[1]
    assert len(client.get("/api/v2/pages/?limit=20").json()["items"]) == 20
