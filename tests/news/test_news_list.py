"""The news list, its focus-area filter, pagination and feeds, on twelve articles built once."""

import datetime

import feedparser
import pytest

from tests.factories import (
    FocusAreaIndexPageFactory,
    FocusAreaPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.module_data import built_once

pytestmark = pytest.mark.django_db

NEWS = "/aktuelt/"


@pytest.fixture(scope="module")
def twelve(django_db_setup, django_db_blocker) -> list:
    """Twelve articles of 2024, one a day from 1 March; two of them on energy."""
    with built_once(django_db_blocker):
        areas = FocusAreaIndexPageFactory(title="Innsatsområder", slug="innsatsomrader")
        energy = FocusAreaPageFactory(parent=areas, title="Energi", slug="energi")
        FocusAreaPageFactory(parent=areas, title="Klima og miljø", slug="klima-og-miljo")
        index = NewsIndexPageFactory(title="Aktuelt", slug="aktuelt")
        yield [
            NewsPageFactory(
                parent=index,
                title=f"Testnyhet {number}",
                date=datetime.date(2024, 3, 1) + datetime.timedelta(days=number),
                focus_areas=[energy] if number in (3, 7) else [],
            )
            for number in range(12)
        ]


def test_news_index_is_newest_first_and_paginated(client, twelve):
    html = client.get(NEWS).content.decode()
    assert html.index(twelve[11].title) < html.index(twelve[10].title)
    assert "Side 1 av 2" in html
    assert f'href="{twelve[0].url}"' not in html
    assert f'href="{twelve[0].url}"' in client.get(f"{NEWS}?page=2").content.decode()


@pytest.mark.parametrize(
    ("page", "status"),
    [
        ("abc", 200),
        ("", 200),
        ("1.5", 200),
        ("-1", 404),
        ("0", 404),
        ("3", 404),
        (str(10**30), 404),
    ],
)
def test_pagination_never_fails(client, twelve, page, status):
    assert client.get(f"{NEWS}?page={page}").status_code == status


@pytest.mark.parametrize(
    "value", ["%01", "%C3%A6%01x", "x" * 3000, "energi&innsatsomrade=klima-og-miljo"]
)
def test_odd_focus_area_values_never_fail(client, twelve, value):
    assert client.get(f"{NEWS}?innsatsomrade={value}").status_code == 200


def test_focus_area_filter(client, twelve):
    html = client.get(f"{NEWS}?innsatsomrade=energi").content.decode()
    assert "2 nyheter" in html
    assert f'href="{twelve[3].url}"' in html and f'href="{twelve[7].url}"' in html
    assert f'href="{twelve[4].url}"' not in html


def test_unknown_focus_area_shows_all_with_a_message(client, twelve):
    response = client.get(f"{NEWS}?innsatsomrade=%3Cb%3Efinnes-ikke")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vi kjenner ikke igjen «&lt;b&gt;finnes-ikke» som innsatsområde" in html
    assert "<b>finnes-ikke" not in html
    assert "12 nyheter" in html


@pytest.mark.parametrize("url", ["/aktuelt/rss/energi/", "/aktuelt/rss/?innsatsomrade=energi"])
def test_feed_per_focus_area(client, twelve, url):
    feed = feedparser.parse(client.get(url).content)
    assert feed.bozo == 0
    assert {entry.title for entry in feed.entries} == {twelve[3].title, twelve[7].title}


def test_feed_for_unknown_focus_area_is_a_404(client, twelve):
    assert client.get("/aktuelt/rss/finnes-ikke/").status_code == 404
    assert client.get("/aktuelt/rss/?innsatsomrade=finnes-ikke").status_code == 404


def test_feed_with_junk_focus_area_shows_all_news(client, twelve):
    # Control characters are cleaned away (a NUL byte is refused earlier, with a 400).
    response = client.get("/aktuelt/rss/?innsatsomrade=%01")
    assert response.status_code == 200
    assert len(feedparser.parse(response.content).entries) == 12


def test_home_page_shows_latest_news(client, twelve):
    html = client.get("/").content.decode()
    assert "Siste nytt" in html
    assert twelve[11].title in html
    assert twelve[0].title not in html  # the latest three only
