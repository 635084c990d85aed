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
from tests.factories import (
    FocusAreaIndexPageFactory,
    FocusAreaPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ProjectPageFactory,
    StandardPageFactory,
)
from tests.queries import count_queries
from tests.wagtail_asserts import page_assertions

pytestmark = pytest.mark.django_db

NEWS = "/aktuelt/"


@pytest.fixture
def news_index(db) -> NewsIndexPage:
    return NewsIndexPageFactory(title="Aktuelt", slug="aktuelt")


@pytest.fixture
def areas(db) -> dict[str, FocusAreaPage]:
    index = FocusAreaIndexPageFactory(title="Innsatsområder", slug="innsatsomrader")
    return {
        slug: FocusAreaPageFactory(parent=index, title=title, slug=slug)
        for slug, title in [
            ("energi", "Energi"),
            ("klima-og-miljo", "Klima og miljø"),
            ("konkurransekraft-og-attraktivitet", "Konkurransekraft og attraktivitet"),
        ]
    }


@pytest.fixture
def add_news(news_index):
    def add(number, focus_areas=(), **fields) -> NewsPage:
        fields.setdefault("title", f"Testnyhet {number}")
        fields.setdefault("date", datetime.date(2025, 1, 1) + datetime.timedelta(days=number))
        return NewsPageFactory(parent=news_index, focus_areas=list(focus_areas), **fields)

    return add


def test_page_type_rules(news_index):
    rules = page_assertions()
    rules.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
    rules.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
    rules.assertAllowedSubpageTypes(NewsPage, set())
    assert not NewsIndexPage.can_create_at(news_index.get_parent())


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
    NewsPage(title="X", slug="x", lead="L", date=datetime.date(2024, 4, 1), month_only=True).clean()


def test_news_page_renders_with_json_ld(client, add_news):
    project = ProjectPageFactory(title="SEADITO")
    page = add_news(
        1, title="Kick-off for SEADITO", date=datetime.date(2024, 9, 18), project=project
    )
    html = client.get(page.url).content.decode()
    assert html.count("<h1") == 1
    assert '"@type": "NewsArticle"' in html
    assert '"datePublished": "2024-09-18"' in html
    assert f'href="{project.url}"' in html


def test_month_only_article_shows_the_month(client, add_news):
    page = add_news(1, date=datetime.date(2024, 4, 1), month_only=True)
    html = client.get(page.url).content.decode()
    assert '<time datetime="2024-04">april 2024</time>' in html


def test_every_page_links_the_feed(client, add_news):
    for page in (add_news(1), StandardPageFactory()):
        for url in ("/", page.url):
            html = client.get(url).content.decode()
            assert 'type="application/rss+xml"' in html
            assert 'href="/aktuelt/rss/"' in html


def test_feed_is_valid_rss_with_absolute_links_and_oslo_dates(client, add_news):
    add_news(1, title="Sommernyheten", date=datetime.date(2024, 7, 1))
    add_news(2, title="Vinternyheten", date=datetime.date(2024, 12, 18))
    add_news(3, title="Vårnyheten", date=datetime.date(2024, 3, 1))
    response = client.get("/aktuelt/rss/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0
    assert feed.version == "rss20"
    assert [entry.title for entry in feed.entries] == [
        "Vinternyheten",
        "Sommernyheten",
        "Vårnyheten",
    ]
    assert feed.feed.link.startswith("http://testserver/aktuelt/")
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/aktuelt/")
    assert feed.entries[0].published == "Wed, 18 Dec 2024 00:00:00 +0100"
    assert feed.entries[1].published.endswith("+0200")


def test_newly_tagged_news_appears_on_focus_area(client, add_news, areas):
    area = areas["energi"]
    assert "Testnyhet 1" not in client.get(area.url).content.decode()
    add_news(1, [area])
    assert "Testnyhet 1" in client.get(area.url).content.decode()


def test_news_list_queries_do_not_grow_with_items(warm_client, add_news, areas):
    area = areas["konkurransekraft-og-attraktivitet"]
    url = f"{NEWS}?innsatsomrade={area.slug}"
    add_news(0, [area])
    before = count_queries(warm_client, url)
    for number in range(1, 9):
        add_news(number, [area, areas["energi"]])
    assert "9 nyheter" in warm_client.get(url).content.decode()
    assert count_queries(warm_client, url) == before


def test_feed_queries_do_not_grow_with_items(client, add_news):
    for number in range(5):
        add_news(number)
    before = count_queries(client, "/aktuelt/rss/")
    for number in range(5, 15):
        add_news(number)
    assert len(feedparser.parse(client.get("/aktuelt/rss/").content).entries) == 15
    assert count_queries(client, "/aktuelt/rss/") == before


def png_bytes() -> bytes:
    buffer = BytesIO()
    PILImage.new("RGB", (1600, 900), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def test_news_page_queries_do_not_grow_with_related_items(warm_client, add_news, areas):
    page = add_news(1, focus_areas=[areas["energi"]])
    page.image = get_image_model().objects.create(
        title="Oppstart", file=SimpleUploadedFile("oppstart.png", png_bytes())
    )
    page.image_credit = "Foto: Osloregionen"
    page.save_revision().publish()
    warm_client.get(page.url)  # makes the renditions
    before = count_queries(warm_client, page.url)
    page.focus_areas.set(list(areas.values()))
    page.save_revision().publish()
    html = warm_client.get(page.url).content.decode()
    assert html.count("Innsatsområde:") == 3
    assert "Foto: Osloregionen" in html and '"image": "http://testserver/' in html
    assert count_queries(warm_client, page.url) == before


def test_private_focus_area_is_not_linked_from_an_article(client, add_news, areas):
    project = ProjectPageFactory(title="SEADITO")
    page = add_news(1, focus_areas=[areas["klima-og-miljo"], areas["energi"]], project=project)
    PageViewRestriction.objects.create(page=areas["klima-og-miljo"], restriction_type="login")
    html = client.get(page.url).content.decode()
    assert 'href="/innsatsomrader/klima-og-miljo/"' not in html
    assert 'href="/innsatsomrader/energi/"' in html
    assert f'href="{project.url}"' in html


def test_last_page_has_the_right_count_and_costs_what_the_first_does(warm_client, add_news):
    for number in range(33):
        add_news(number)
    first = count_queries(warm_client, NEWS, warm=True)
    html = warm_client.get(f"{NEWS}?page=4").content.decode()
    assert "33 nyheter" in html
    assert "Side 4 av 4" in html
    assert html.count('class="result-list__item"') == 3
    assert count_queries(warm_client, f"{NEWS}?page=4") == first
    assert warm_client.get(f"{NEWS}?page=5").status_code == 404


def test_home_page_leaves_out_a_private_news_list(client, add_news, news_index):
    add_news(1)
    assert 'id="home-news-heading"' in client.get("/").content.decode()
    PageViewRestriction.objects.create(page=news_index, restriction_type="login")
    assert 'id="home-news-heading"' not in client.get("/").content.decode()
