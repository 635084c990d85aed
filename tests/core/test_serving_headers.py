"""Cache-Control, Vary, compression, ETag/304 and the security headers on real pages."""

import gzip

import pytest
from django.test import override_settings

from tests.factories import (
    EventIndexPageFactory,
    FocusAreaIndexPageFactory,
    MunicipalityIndexPageFactory,
    MunicipalityPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
)
from tests.factories.core import english_home, site_home
from tests.module_data import built_once

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site")]

PUBLIC = ["/", "/medlemmer/", "/en/", "/aktuelt/rss/", "/sitemap.xml", "/api/v2/pages/"]


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """The pages these tests fetch, with enough text to be worth compressing."""
    with built_once(django_db_blocker):
        build_site()
        yield


def build_site():
    home_page = site_home()
    english_home()
    members = MunicipalityIndexPageFactory(title="Medlemmer", slug="medlemmer")
    for number in range(12):
        MunicipalityPageFactory(parent=members, title=f"Kommune nummer {number}")
    news = NewsIndexPageFactory(title="Aktuelt", slug="aktuelt")
    for number in range(12):
        NewsPageFactory(parent=news, title=f"Nyhet nummer {number}")
    EventIndexPageFactory(title="Arrangementer", slug="arrangementer")
    FocusAreaIndexPageFactory(title="Innsatsområder", slug="innsatsomrader")
    StandardPageFactory(parent=home_page, title="Om oss")


@pytest.mark.parametrize("url", PUBLIC)
def test_public_responses_are_cached_briefly_by_browsers_and_longer_by_the_front_cache(client, url):
    response = client.get(url)
    assert response.status_code == 200
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=60", "s-maxage=600"}


@pytest.mark.parametrize("url", PUBLIC)
def test_the_language_in_the_url_keeps_accept_language_out_of_vary(client, url):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert "accept-language" not in response.get("Vary", "").lower()


def test_accept_language_does_not_change_the_norwegian_page(client):
    norwegian = client.get("/medlemmer/", HTTP_ACCEPT_LANGUAGE="nb")
    english_browser = client.get("/medlemmer/", HTTP_ACCEPT_LANGUAGE="en")
    assert english_browser["Content-Language"] == norwegian["Content-Language"] == "nb"


def test_logged_in_visitors_get_private_no_store_pages(admin_client):
    response = admin_client.get("/medlemmer/")
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("url", ["/admin/", "/admin/login/"])
def test_the_admin_is_never_stored(client, url):
    response = client.get(url)
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_search_with_a_query_stays_out_of_shared_caches(client):
    response = client.get("/sok/", {"q": "oslo"})
    assert "private" in response["Cache-Control"]
    assert "s-maxage" not in response["Cache-Control"]


def test_a_view_restricted_page_is_private(client, home_page):
    from wagtail.models import PageViewRestriction

    page = StandardPageFactory(parent=home_page)
    assert "public" in client.get(page.url)["Cache-Control"]
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="hemmelig")
    response = client.get(page.url)
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("url", ["/medlemmer/", "/aktuelt/rss/", "/api/v2/pages/"])
def test_text_is_gzipped(client, url):
    plain = client.get(url).content
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content) == plain or len(response.content) < len(plain)
    assert len(response.content) < len(plain) / 2


@pytest.mark.parametrize("url", ["/medlemmer/", "/aktuelt/rss/"])
def test_an_unchanged_page_answers_304(client, url):
    first = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    again = client.get(url, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_public_pages_get_a_strict_content_security_policy(client):
    policy = client.get("/medlemmer/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert "unsafe" not in policy


def test_public_pages_have_no_inline_scripts_or_styles(client):
    """What the strict policy would block: inline scripts (JSON-LD data is not run) and style
    attributes."""
    import re

    for url in ["/", "/medlemmer/", "/arrangementer/", "/innsatsomrader/"]:
        html = client.get(url).content.decode()
        scripts = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", html)
        assert scripts == [], url
        assert " style=" not in html, url


def test_the_admin_gets_the_policy_wagtail_needs(client):
    policy = client.get("/admin/login/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy


def test_permissions_policy(client):
    assert "camera=()" in client.get("/")["Permissions-Policy"]


@override_settings(SECURE_HSTS_SECONDS=31536000)
def test_hsts_only_over_https(client):
    assert "Strict-Transport-Security" not in client.get("/")
    assert "max-age=31536000" in client.get("/", secure=True)["Strict-Transport-Security"]
