"""The seeded news: thirteen articles, dated as the annual report dates them."""

import datetime

import feedparser
import pytest

from osloregionen.news.models import NewsPage
from tests.seeded import norwegian

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def test_seeded_articles_are_dated_as_the_report_dates_them():
    dates = dict(norwegian(NewsPage).values_list("slug", "date"))
    assert dates["veileder-for-energistasjoner-lansert"] == datetime.date(2024, 3, 18)
    assert dates["kick-off-for-seadito"] == datetime.date(2024, 9, 18)
    assert dates["lambertseter-vant-vannet-vart"] == datetime.date(2024, 11, 12)
    assert dates["nye-strategiske-foringer-vedtatt"] == datetime.date(2024, 8, 29)
    assert dates["handlingsplan-for-2025-vedtatt"] == datetime.date(2024, 12, 18)
    assert dates["elverum-er-nytt-medlem"] == datetime.date(2024, 1, 1)
    assert norwegian(NewsPage).get(slug="ny-kraftgruppe").month_only


def test_the_news_list_of_thirteen_newest_first(client):
    html = client.get("/aktuelt/").content.decode()
    assert "13 nyheter" in html
    assert html.index("Handlingsplanen for 2025 er vedtatt") < html.index(
        "Kick-off for EU-prosjektet"
    )
    assert "Side 1 av 2" in html
    assert "Elverum er nytt medlem" in client.get("/aktuelt/?page=2").content.decode()


def test_the_energy_news(client):
    html = client.get("/aktuelt/?innsatsomrade=energi").content.decode()
    assert "Ny kraftgruppe skal gi råd om energi" in html
    assert "Elverum er nytt medlem" not in html


def test_the_feed_holds_the_thirteen(client):
    feed = feedparser.parse(client.get("/aktuelt/rss/").content)
    assert len(feed.entries) == 13
    assert feed.entries[0].title == "Handlingsplanen for 2025 er vedtatt"
    assert feed.entries[0].published == "Wed, 18 Dec 2024 00:00:00 +0100"


def test_the_seadito_kick_off_links_its_project(client):
    html = client.get("/aktuelt/kick-off-for-seadito/").content.decode()
    assert '"datePublished": "2024-09-18"' in html
    assert 'href="/prosjekter/seadito/"' in html


def test_the_new_power_group_is_dated_to_the_month(client):
    html = client.get("/aktuelt/ny-kraftgruppe/").content.decode()
    assert '<time datetime="2024-04">april 2024</time>' in html
