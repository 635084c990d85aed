"""Share images (og:image) drawn per page, page titles that tell a list's state, the logo."""

import io
import json
import re

import pytest
from django.contrib.staticfiles import finders
from django.core.cache import cache
from PIL import Image
from wagtail.models import Page, PageViewRestriction

from osloregionen.core.share_image import render
from tests.factories import MunicipalityPageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def asker(db):
    return MunicipalityPageFactory(title="Asker", slug="asker")


def og_image_url(html: str) -> str:
    match = re.search(r'<meta property="og:image" content="http://testserver([^"]+)"', html)
    assert match, "ingen og:image"
    return match.group(1)


def test_every_page_points_og_image_at_its_own_drawn_image(client, asker):
    html = client.get(asker.url).content.decode()
    url = og_image_url(html)
    assert url.startswith(f"/og/{asker.pk}.png?v=")
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert '<meta name="twitter:image" content="http://testserver' + url + '">' in html


def test_the_share_image_is_a_1200x630_png_cached_for_a_year(client, asker):
    cache.clear()
    url = og_image_url(client.get(asker.url).content.decode())
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "max-age=31536000" in response["Cache-Control"]
    assert "immutable" in response["Cache-Control"] and "public" in response["Cache-Control"]
    image = Image.open(io.BytesIO(response.content))
    assert image.size == (1200, 630)


def test_a_new_title_gives_a_new_image_url(client, asker):
    before = og_image_url(client.get(asker.url).content.decode())
    assert og_image_url(client.get(asker.url).content.decode()) == before
    asker.title = "Asker kommune"
    asker.save_revision().publish()
    after = og_image_url(client.get(asker.url).content.decode())
    assert before != after


def test_drafts_restricted_and_unknown_pages_have_no_share_image(client, asker):
    page = Page.objects.get(pk=asker.pk)
    assert client.get(f"/og/{page.pk}.png").status_code == 200
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert client.get(f"/og/{page.pk}.png").status_code == 404
    page.unpublish()
    assert client.get(f"/og/{page.pk}.png").status_code == 404
    assert client.get("/og/999999999.png").status_code == 404


def test_pages_that_are_no_page_share_the_home_page_image(client, home_page):
    html = client.get("/sok/?q=energi").content.decode()
    assert og_image_url(html).startswith(f"/og/{home_page.pk}.png?v=")


def test_long_titles_and_other_latin_letters_are_drawn():
    png = render(
        "Čáhcesuolu – " + "et svært langt navn på en side " * 8, "Medlemmer", "Osloregionen"
    )
    assert Image.open(io.BytesIO(png)).size == (1200, 630)


@pytest.mark.indexed
@pytest.mark.parametrize(
    "path, expected",
    [
        ("/sok/?q=energi", "Søk: energi – Osloregionen IPR"),
        ("/sok/?q=energi&page=2", "Søk: energi – Side 2 – Osloregionen IPR"),
        ("/aktuelt/?innsatsomrade=energi", "Aktuelt – filtrert – Osloregionen IPR"),
        ("/aktuelt/?page=abc", "Aktuelt – Osloregionen IPR"),
    ],
)
def test_titles_tell_the_state_of_a_list(client, path, expected):
    news = NewsIndexPageFactory(title="Aktuelt", slug="aktuelt")
    for number in range(12):  # two pages of hits for «energi»
        NewsPageFactory(parent=news, title=f"Energi {number}")
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    title = " ".join(re.search(r"<title>(.*?)</title>", html, re.S).group(1).split())
    assert title == expected


def test_the_organisation_json_ld_has_the_logo(client, home_page):
    html = client.get("/").content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    )
    assert data["logo"] == "http://testserver/static/img/logo.svg"
    assert finders.find("img/logo.svg")
