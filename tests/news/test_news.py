import datetime
from io import BytesIO

import feedparser
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from osloregionen.home.models import HomePage
from osloregionen.news.models import NewsIndexPage, NewsPage
from projects.models import FocusAreaPage
from tests.queries import count_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

SEADITO_NEWS = "/aktuelt/kick-off-for-seadito/"


def add_news(number, focus_areas=()):
    index = NewsIndexPage.objects.get()
    page = NewsPage(
        title=f"Testnyhet {number}",
        slug=f"testnyhet-{number}",
        date=datetime.date(2025, 1, 1) + datetime.timedelta(days=number),
        lead="En nyhet laget i en test.",
        focus_areas=list(focus_areas),
    )
    index.add_child(instance=page)
    return page


def test_page_type_rules(home_page):
    assert NewsIndexPage.allowed_parent_page_models() == [HomePage]
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]
    assert NewsPage.allowed_subpage_models() == []
    assert not NewsIndexPage.can_create_at(home_page)


def test_clean_rejects_credit_without_image_and_day_with_month_only():
    page = NewsPage(
        title="X",
        slug="x",
        lead="L",
        date=datetime.date(2024, 4, 9),
        month_only=True,
        image_credit="Foto",
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "image_credit" in error.value.message_dict
    assert "første i måneden" in error.value.message_dict["date"][0]


def test_seeded_articles_are_dated_as_the_report_dates_them():
    dates = dict(NewsPage.objects.values_list("slug", "date"))
    assert dates["veileder-for-energistasjoner-lansert"] == datetime.date(2024, 3, 18)
    assert dates["kick-off-for-seadito"] == datetime.date(2024, 9, 18)
    assert dates["lambertseter-vant-vannet-vart"] == datetime.date(2024, 11, 12)
    assert dates["nye-strategiske-foringer-vedtatt"] == datetime.date(2024, 8, 29)
    assert dates["handlingsplan-for-2025-vedtatt"] == datetime.date(2024, 12, 18)
    assert dates["elverum-er-nytt-medlem"] == datetime.date(2024, 1, 1)
    assert NewsPage.objects.get(slug="ny-kraftgruppe").month_only


def test_news_index_is_newest_first_and_paginated(client):
    html = client.get("/aktuelt/").content.decode()
    assert html.index("Handlingsplanen for 2025 er vedtatt") < html.index(
        "Kick-off for EU-prosjektet"
    )
    assert "Side 1 av 2" in html
    assert "Elverum er nytt medlem" in client.get("/aktuelt/?page=2").content.decode()


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
def test_pagination_never_fails(client, page, status):
    assert client.get(f"/aktuelt/?page={page}").status_code == status


@pytest.mark.parametrize(
    "value", ["%01", "%C3%A6%01x", "x" * 3000, "energi&innsatsomrade=klima-og-miljo"]
)
def test_odd_focus_area_values_never_fail(client, value):
    assert client.get(f"/aktuelt/?innsatsomrade={value}").status_code == 200


def test_focus_area_filter(client):
    html = client.get("/aktuelt/?innsatsomrade=energi").content.decode()
    assert "Ny kraftgruppe skal gi råd om energi" in html
    assert "Elverum er nytt medlem" not in html


def test_unknown_focus_area_shows_all_with_a_message(client):
    response = client.get("/aktuelt/?innsatsomrade=%3Cb%3Efinnes-ikke")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vi kjenner ikke igjen «&lt;b&gt;finnes-ikke» som innsatsområde" in html
    assert "<b>finnes-ikke" not in html
    assert "13 nyheter" in html


def test_news_page_renders_with_json_ld(client):
    html = client.get(SEADITO_NEWS).content.decode()
    assert html.count("<h1") == 1
    assert '"@type": "NewsArticle"' in html
    assert '"datePublished": "2024-09-18"' in html
    assert 'href="/prosjekter/seadito/"' in html


def test_month_only_article_shows_the_month(client):
    html = client.get("/aktuelt/ny-kraftgruppe/").content.decode()
    assert '<time datetime="2024-04">april 2024</time>' in html


def test_every_page_links_the_feed(client):
    for url in ("/", "/om-osloregionen/", SEADITO_NEWS):
        html = client.get(url).content.decode()
        assert 'type="application/rss+xml"' in html
        assert 'href="/aktuelt/rss/"' in html


def test_feed_is_valid_rss_with_absolute_links_and_oslo_dates(client):
    response = client.get("/aktuelt/rss/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0
    assert feed.version == "rss20"
    assert len(feed.entries) == 13
    assert feed.feed.link.startswith("http://testserver/aktuelt/")
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/aktuelt/")
    assert feed.entries[0].title == "Handlingsplanen for 2025 er vedtatt"
    assert feed.entries[0].published == "Wed, 18 Dec 2024 00:00:00 +0100"
    summer = next(e for e in feed.entries if e.title.startswith("Osloregionens kraftdiskusjon"))
    assert summer.published.endswith("+0200")


@pytest.mark.parametrize("url", ["/aktuelt/rss/energi/", "/aktuelt/rss/?innsatsomrade=energi"])
def test_feed_per_focus_area(client, url):
    feed = feedparser.parse(client.get(url).content)
    assert feed.bozo == 0
    titles = [entry.title for entry in feed.entries]
    assert "Ny kraftgruppe skal gi råd om energi" in titles
    assert "Elverum er nytt medlem av Osloregionen" not in titles


def test_feed_for_unknown_focus_area_is_a_404(client):
    assert client.get("/aktuelt/rss/finnes-ikke/").status_code == 404
    assert client.get("/aktuelt/rss/?innsatsomrade=finnes-ikke").status_code == 404


def test_feed_with_junk_focus_area_shows_all_news(client):
    # Control characters are cleaned away (a NUL byte is refused earlier, with a 400).
    response = client.get("/aktuelt/rss/?innsatsomrade=%01")
    assert response.status_code == 200
    assert len(feedparser.parse(response.content).entries) == 13


def test_home_page_shows_latest_news(client):
    html = client.get("/").content.decode()
    assert "Siste nytt" in html
    assert "Handlingsplanen for 2025 er vedtatt" in html


def test_newly_tagged_news_appears_on_focus_area(client):
    add_news(1, [FocusAreaPage.objects.get(slug="energi")])
    assert "Testnyhet 1" in client.get("/innsatsomrader/energi/").content.decode()


def test_news_list_queries_do_not_grow_with_items(warm_client):
    url = "/aktuelt/?innsatsomrade=konkurransekraft-og-attraktivitet"
    area = FocusAreaPage.objects.get(slug="konkurransekraft-og-attraktivitet")
    warm_client.get(url)
    before = count_queries(warm_client, url)
    for number in range(8):
        add_news(number, [area])
    assert "9 nyheter" in warm_client.get(url).content.decode()
    assert count_queries(warm_client, url) == before


def test_feed_queries_do_not_grow_with_items(client):
    client.get("/aktuelt/rss/")
    before = count_queries(client, "/aktuelt/rss/")
    for number in range(10):
        add_news(number)
    assert count_queries(client, "/aktuelt/rss/") == before


def png_bytes() -> bytes:
    buffer = BytesIO()
    PILImage.new("RGB", (1600, 900), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def test_news_page_queries_do_not_grow_with_related_items(warm_client):
    page = NewsPage.objects.get(slug="kick-off-for-seadito")
    page.image = get_image_model().objects.create(
        title="Oppstart", file=SimpleUploadedFile("oppstart.png", png_bytes())
    )
    page.image_credit = "Foto: Osloregionen"
    page.save_revision().publish()
    warm_client.get(SEADITO_NEWS)  # makes the renditions
    before = count_queries(warm_client, SEADITO_NEWS)
    page.focus_areas.set(FocusAreaPage.objects.all())
    page.save_revision().publish()
    html = warm_client.get(SEADITO_NEWS).content.decode()
    assert html.count("Innsatsområde:") == FocusAreaPage.objects.count()
    assert "Foto: Osloregionen" in html and '"image": "http://testserver/' in html
    assert count_queries(warm_client, SEADITO_NEWS) == before


def test_private_focus_area_is_not_linked_from_an_article(client):
    area = FocusAreaPage.objects.get(slug="klima-og-miljo")
    page = NewsPage.objects.get(slug="kick-off-for-seadito")
    assert page.focus_areas.filter(pk=area.pk).exists()
    PageViewRestriction.objects.create(page=area, restriction_type="login")
    html = client.get(SEADITO_NEWS).content.decode()
    assert 'href="/innsatsomrader/klima-og-miljo/"' not in html
    assert 'href="/prosjekter/seadito/"' in html


def test_last_page_has_the_right_count_and_costs_what_the_first_does(warm_client):
    for number in range(20):
        add_news(number)
    first = count_queries(warm_client, "/aktuelt/", warm=True)
    html = warm_client.get("/aktuelt/?page=4").content.decode()
    assert "33 nyheter" in html
    assert "Side 4 av 4" in html
    assert html.count('class="result-list__item"') == 3
    assert count_queries(warm_client, "/aktuelt/?page=4") == first
    assert warm_client.get("/aktuelt/?page=5").status_code == 404


def test_home_page_leaves_out_a_private_news_list(client):
    assert 'id="home-news-heading"' in client.get("/").content.decode()
    PageViewRestriction.objects.create(page=NewsIndexPage.objects.get(), restriction_type="login")
    assert 'id="home-news-heading"' not in client.get("/").content.decode()
