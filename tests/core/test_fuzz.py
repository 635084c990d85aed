"""Hostile input over every URL pattern of the public site: never a 5xx.

One live page of every page type (found from the models, so a new page type is fuzzed without
editing this file), its routable sub-pages, the feeds, iCal files, sitemap, search and the API get
every hostile value in every filter parameter, hostile raw query strings and hostile path
segments. A 400 or 404 is a fine answer; an exception or a 5xx fails the test with the list of
requests that caused it.
"""

import pytest
from django.test import Client
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

from osloregionen.core.visibility import public_only
from tests.factories import PAGE_FACTORIES, HomePageFactory
from tests.factories.core import english_home

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_of_each(home_page):
    """A live page of every page type (so each index page lists one), and the English home."""
    english_home()
    return [factory() for factory in PAGE_FACTORIES if factory is not HomePageFactory]


# Every query parameter the site or the API reads.
SITE_PARAMS = ["page", "ar", "innsatsomrade", "type", "kommune", "status", "q", "gruppering"]
API_PARAMS = [
    "search",
    "offset",
    "limit",
    "locale",
    "html_path",
    "site",
    "fields",
    "order",
    "child_of",
    "descendant_of",
    "type",
    "id",
    "search_operator",
    "translation_of",
]

HOSTILE_VALUES = [
    "²",
    "²²²²",
    "٣",
    "１２",
    str(10**30),
    "-1",
    "0",
    "1.5",
    "",
    "\x00",
    "%00",
    "%ff",
    "x" * 5000,
    "' OR 1=1 --",
    '"><script>alert(1)</script>',
    "../../../etc/passwd",
    "ukjent-slug-som-ikke-finnes",
    "🙂\u202e",
    "NaN",
    "[]",
    "\r\nSet-Cookie: x=1",
    ",,,",
]

API_VALUES = ["\x00", "", "abc", str(10**30), "-1", "²", "x" * 2000, "ukjent"]

# Raw query strings the test client would otherwise encode for us.
RAW_QUERIES = [
    "page=%ff",
    "page=%c0%af",
    "q=%ed%a0%80",
    "page=%",
    "page=%zz&ar=%g1",
    "page=1&page=2&page=abc&ar=2024&ar=%C2%B2",
    "innsatsomrade=a&innsatsomrade=b&type=x&type=y",
    "page[]=1&ar[]=2",
    "%00=%00",
    "=",
    "&&&",
    "search=%00&offset=%00&locale=%00&html_path=%00",
]

PATH_SUFFIXES = [
    "ukjent-slug/",
    "%00/",
    "%ff/",
    "²/",
    "x" * 300 + "/",
    "..%2f..%2f/",
    "kalender.ics",
    "tidligere/%00/",
]


def live_page_urls() -> list[str]:
    """The URL of one live, public page of every page type, in both languages where present."""
    urls = []
    for model in get_page_models():
        if model is Page:
            continue
        pages = public_only(model.objects.live()).order_by("depth", "path")
        for page in pages[:1]:
            urls.append(page.url)
            if isinstance(page, RoutablePageMixin):
                urls.extend(page.url + sub for sub in ("tidligere/",))
        english = pages.filter(locale__language_code="en").first()
        if english:
            urls.append(english.url)
    return sorted(set(urls))


def other_urls() -> list[str]:
    from events.models import EventPage

    urls = [
        "/sok/",
        "/en/sok/",
        "/aktuelt/rss/",
        "/aktuelt/rss/ukjent/",
        "/sitemap.xml",
        "/robots.txt",
        "/.well-known/security.txt",
        "/healthz",
        "/kalender.ics",
        "/api/v2/pages/",
        "/api/v2/pages/find/",
        "/api/v2/images/",
        "/api/v2/documents/",
        "/data/",
        "/data/medlemmer.csv",
        "/data/arrangementer.json",
        "/data/ukjent.csv",
        "/en/data/",
    ]
    event = EventPage.objects.live().first()
    if event:
        urls += [event.url + "kalender.ics", event.get_parent().url + "kalender.ics"]
        urls.append(f"/api/v2/pages/{event.pk}/")
    return urls


def listing_urls(urls) -> set[str]:
    """One page with live children of every page type, routable sub-pages and search: the URLs
    that read the query string get every hostile input, the others a rotating share."""
    listings = {url for url in urls if url.startswith("/sok/")}
    listings |= {url for url in urls if url.endswith("tidligere/")}
    seen_types = set()
    parents = public_only(Page.objects.live().filter(numchild__gt=0, locale__language_code="nb"))
    for page in parents.order_by("path"):
        if page.content_type_id not in seen_types and page.url:
            seen_types.add(page.content_type_id)
            listings.add(page.url)
    return listings


def _request(client, failures, url, params=None):
    try:
        response = client.get(url, params)
    except Exception as error:  # noqa: BLE001 - every exception is the finding
        failures.append(_describe(url, params, f"{type(error).__name__}: {str(error)[:100]}"))
        return
    if response.status_code >= 500:
        failures.append(_describe(url, params, response.status_code))


def _describe(url, params, outcome) -> str:
    shown = sorted({repr(value)[:20] for value in (params or {}).values()})
    return f"{url} {' '.join(shown)} -> {outcome}"


def fuzz_api_endpoint(client, failures, url) -> int:
    """The API reads each parameter on its own and stops at the first bad one, so every
    parameter gets the hostile values alone."""
    requests = 0
    names, values = API_PARAMS, API_VALUES
    if url != "/api/v2/pages/":
        names, values = ["offset", "limit", "id", "site", "search", "html_path"], API_VALUES[:4]
    for name in names:
        for value in values:
            _request(client, failures, url, {name: value})
            requests += 1
    for raw in RAW_QUERIES[:4]:
        _request(client, failures, f"{url}?{raw}")
        requests += 1
    return requests


def _rotation(items, start: int, count: int) -> list:
    return [items[(start + i) % len(items)] for i in range(min(count, len(items)))]


def test_no_hostile_input_gives_a_server_error(one_of_each):
    client = Client()
    urls = live_page_urls() + other_urls()
    listings = listing_urls(urls)
    failures = []
    requests = 0
    for index, url in enumerate(urls):
        if url.startswith("/api/"):
            requests += fuzz_api_endpoint(client, failures, url)
            continue
        full = url in listings
        names = SITE_PARAMS
        values = HOSTILE_VALUES if full else _rotation(HOSTILE_VALUES, index * 3, 3)
        raws = _rotation(RAW_QUERIES, index * 3, 4 if full else 1)
        suffixes = _rotation(PATH_SUFFIXES, index, 2 if full else 1)
        for value in values:
            _request(client, failures, url, dict.fromkeys(names, value))
        for raw in raws:
            _request(client, failures, f"{url}?{raw}")
        if not url.endswith("/"):
            suffixes = []
        for suffix in suffixes:
            _request(client, failures, url + suffix)
        requests += len(values) + len(raws) + len(suffixes)
    print(f"fuzz: {requests} requests over {len(urls)} URL patterns ({len(listings)} listings)")
    print(f"fuzz: listings {sorted(listings)}")
    print(f"fuzz: {len(failures)} 5xx")
    assert len(urls) >= 30
    assert not failures, "\n".join(failures)
