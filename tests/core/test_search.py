import pytest
from django.db import connection

from osloregionen.core.models import StandardPage

pytestmark = [pytest.mark.django_db, pytest.mark.indexed]


def add_page(parent, title, text):
    page = StandardPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        body=[{"type": "paragraph", "value": text}],
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def about(home_page):
    page = StandardPage(
        title="Om Osloregionen",
        slug="om-osloregionen",
        search_description="Visjon, roller, bærekraftmål og vedtekter.",
        intro="Osloregionens visjon er en bærekraftig region.",
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_search_finds_a_page_with_title_type_and_summary(client, about):
    response = client.get("/sok/", {"q": "visjon"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Om Osloregionen" in html
    assert "Innholdsside" in html
    assert "Visjon, roller, bærekraftmål" in html


def test_empty_query_gives_friendly_page(client):
    response = client.get("/sok/", {"q": "   "})
    assert response.status_code == 200
    assert "Skriv inn et ord eller to" in response.content.decode()


def test_no_results_is_friendly(client, about):
    response = client.get("/sok/", {"q": "xyzzyqwerty"})
    assert response.status_code == 200
    assert "Ingen treff på «xyzzyqwerty»" in response.content.decode()


def test_results_are_paginated(client, home_page):
    for number in range(12):
        add_page(home_page, f"Kommunesamarbeid {number}", "Felles kommunesamarbeid i regionen.")
    first = client.get("/sok/", {"q": "kommunesamarbeid"}).content.decode()
    assert "Side 1 av 2" in first
    assert "?q=kommunesamarbeid&amp;page=2" in first
    second = client.get("/sok/", {"q": "kommunesamarbeid", "page": "2"})
    assert second.status_code == 200
    assert "Side 2 av 2" in second.content.decode()


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="Norwegian stemming needs PostgreSQL's text search"
)
def test_norwegian_stemming_on_postgresql(client, home_page):
    add_page(home_page, "Ladeinfrastruktur", "Nye energistasjoner for tungtransporten.")
    response = client.get("/sok/", {"q": "energistasjon", "type": "core.standardpage"})
    assert "Ladeinfrastruktur" in response.content.decode()


def test_results_can_be_filtered_by_type(client, home_page):
    add_page(home_page, "Tunnelsyn", "Om tunnelsyn.")
    everything = client.get("/sok/", {"q": "tunnelsyn"}).content.decode()
    assert "Tunnelsyn" in everything
    only_contact = client.get("/sok/", {"q": "tunnelsyn", "type": "news.newspage"})
    assert "Tunnelsyn" not in only_contact.content.decode()
    assert "Ingen treff" in only_contact.content.decode()


def test_double_quotes_in_a_query_are_searched_not_refused(client, about):
    for query in ['"visjon"', 'visjon"', '"']:
        assert client.get("/sok/", {"q": query}).status_code == 200
    assert f'href="{about.url}"' in client.get("/sok/", {"q": 'visjon"'}).content.decode()
    # The API searches with the same backend.
    assert client.get("/api/v2/pages/", {"search": 'visjon"'}).status_code == 200


def test_unknown_type_is_ignored(client, about):
    response = client.get("/sok/", {"q": "visjon", "type": "auth.user"})
    assert response.status_code == 200
    page = response.content.decode()
    assert f'href="{about.url}"' in page
    assert "Vi kjenner ikke igjen «auth.user» som type innhold" in page
