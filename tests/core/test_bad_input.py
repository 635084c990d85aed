import pytest

from tests.factories import StandardPageFactory
from tests.factories.core import english_home, site_home
from tests.module_data import built_once

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    """The home pages in both languages, and a dozen pages about energy (two pages of hits)."""
    with built_once(django_db_blocker):
        english_home()
        StandardPageFactory(parent=site_home(), title="Om Osloregionen", slug="om-osloregionen")
        for number in range(12):
            StandardPageFactory(title=f"Energi og samarbeid {number}", intro="Om energi.")
        yield


JUNK_QUERIES = [
    {"page": "abc"},
    {"page": "-1"},
    {"page": "0"},
    {"page": str(10**30)},
    {"page": "²"},
    {"q": "x" * 5000},
    {"q": "energi\x01stasjon"},
    {"q": "<script>alert(1)</script>"},
    {"q": "' OR 1=1 --"},
    # An unbalanced double quote was a database error in SQLite's full-text search.
    {"q": 'energi"stasjon'},
    {"q": '"'},
    {"q": "energi", "page": str(10**30)},
    {"q": "energi", "page": "abc"},
]


@pytest.mark.parametrize("params", JUNK_QUERIES)
@pytest.mark.parametrize("path", ["/", "/sok/", "/om-osloregionen/", "/en/"])
def test_junk_query_strings_never_give_500(client, pages, path, params):
    assert client.get(path).status_code == 200
    response = client.get(path, params)
    assert response.status_code in {200, 404}


def test_search_escapes_the_query(client, pages):
    html = client.get("/sok/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in html


def test_search_past_last_page_is_404(client, pages):
    assert client.get("/sok/", {"q": "energi", "page": "2"}).status_code == 200
    assert client.get("/sok/", {"q": "energi", "page": "999"}).status_code == 404


def test_search_with_nul_byte_is_refused(client):
    response = client.get("/sok/", {"q": "vis\x00jon"})
    assert response.status_code == 400
    assert "\x00" not in response.content.decode()
