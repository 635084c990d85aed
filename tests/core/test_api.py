import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def test_pages_api_lists_live_pages(client):
    response = client.get(
        "/api/v2/pages/", {"type": "core.StandardPage", "fields": "search_description"}
    )
    assert response.status_code == 200
    data = response.json()
    titles = {item["title"] for item in data["items"]}
    assert "Om Osloregionen" in titles
    assert data["meta"]["total_count"] == len(data["items"])


def test_pages_api_hides_unpublished_pages(client, home_page):
    page = home_page.get_children().get(slug="personvern")
    page.unpublish()
    titles = {item["title"] for item in client.get("/api/v2/pages/").json()["items"]}
    assert "Personvernerklæring" not in titles


def test_pages_api_rejects_bad_filters_cleanly(client):
    response = client.get("/api/v2/pages/", {"type": "no.SuchPage"})
    assert response.status_code == 400
    response = client.get("/api/v2/pages/", {"limit": "abc"})
    assert response.status_code == 400


def test_pages_api_queries_do_not_grow_with_the_page_size(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for limit in (5, 20):
        client.get("/api/v2/pages/", {"limit": limit})
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/api/v2/pages/", {"limit": limit}).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
