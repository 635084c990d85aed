"""Every absolute URL (canonical, JSON-LD, sitemap, feeds, API, OpenAPI) is built from the
configured site address, the Wagtail Site's host name and port, not from the request's Host."""

import json
import re

import feedparser
import pytest
from wagtail.models import Site

from tests.factories import EventPageFactory, MunicipalityPageFactory

pytestmark = pytest.mark.django_db

ADDRESS = "https://www.osloregionen.example"


@pytest.fixture
def configured_site(home_page):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "www.osloregionen.example", 443
    site.save()
    yield site
    # The rollback does not reach Wagtail's cached site root paths.
    Site.clear_site_root_paths_cache()


@pytest.fixture
def municipality_with_an_event(configured_site):
    page = MunicipalityPageFactory(title="Lørenskog")
    EventPageFactory(municipality=page)
    return page


def test_canonical_and_json_ld_use_the_configured_address(client, municipality_with_an_event):
    page = municipality_with_an_event
    html = client.get(page.url).content.decode()
    assert f'<link rel="canonical" href="{ADDRESS}{page.url}">' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html)[1])
    assert data["url"] == f"{ADDRESS}{page.url}"
    assert "http://testserver" not in html.split("<body")[0]


def test_the_sitemap_uses_the_configured_address(client, municipality_with_an_event):
    xml = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert f"{ADDRESS}{municipality_with_an_event.url}" in locations
    assert all(loc.startswith(ADDRESS + "/") for loc in locations)


def test_feeds_use_the_configured_address(client, municipality_with_an_event):
    page = municipality_with_an_event
    feed = feedparser.parse(client.get(f"{page.url}rss.xml").content)
    assert feed.feed.link == f"{ADDRESS}{page.url}"
    assert feed.entries and all(entry.link.startswith(ADDRESS + "/") for entry in feed.entries)
    event = page.events.get()
    ics = client.get(f"{event.url}kalender.ics").content.decode()
    assert f"URL:{ADDRESS}{event.url}" in ics.replace("\r\n ", "")


def test_the_api_and_its_document_use_the_configured_address(client, municipality_with_an_event):
    item = client.get("/api/v2/pages/", {"type": "members.MunicipalityPage"}).json()["items"][0]
    assert item["meta"]["html_url"].startswith(ADDRESS + "/")
    assert item["meta"]["detail_url"].startswith(ADDRESS + "/api/v2/pages/")
    document = client.get("/api/v2/openapi.json").json()
    assert document["servers"][0]["url"] == f"{ADDRESS}/api/v2"
