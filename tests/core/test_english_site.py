"""The English section on the seeded site: its pages, their frame and how the two languages link."""

import re
from collections import Counter

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.search.models import IndexEntry
from wagtail_localize.models import Translation

from governance.models import Membership, OrganPage
from members.models import MunicipalityPage
from osloregionen.core.documents import SiteDocument
from osloregionen.core.templatetags.core_tags import file_label, lang_attribute
from projects.models import FocusAreaPage, ProjectPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

# What the English seed translates (docs/english.md): every page of these types.
TRANSLATED_IN_FULL = [
    "MunicipalityPage",
    "SubRegionPage",
    "OrganPage",
    "MeetingPage",
    "CasePage",
    "FocusAreaPage",
    "ProjectPage",
    "EventPage",
    "NewsPage",
    "PublicationPage",
    "AnnualReportPage",
    "AnnualReportChapterPage",
]


def pages_by_type(language: str) -> Counter:
    pages = Page.objects.filter(locale__language_code=language, depth__gt=1).specific()
    return Counter(type(page).__name__ for page in pages)


def english():
    return Locale.objects.get(language_code="en")


def test_every_page_of_the_core_types_has_an_english_translation():
    norwegian, english_pages = pages_by_type("nb"), pages_by_type("en")
    for page_type in TRANSLATED_IN_FULL:
        assert english_pages[page_type] == norwegian[page_type] > 0, page_type
    assert english_pages["MunicipalityPage"] == 65
    assert english_pages["SubRegionPage"] == 16
    # The feedback form is Norwegian only.
    assert english_pages["FormPage"] == 0


def test_the_english_pages_are_synced_translations_kept_by_wagtail_localize():
    english_pages = Page.objects.filter(locale=english(), depth__gt=1)
    synced = Translation.objects.filter(target_locale=english(), enabled=True)
    assert synced.filter(source__specific_content_type__model="projectpage").count() == 14
    assert english_pages.filter(live=True).count() == english_pages.count()
    assert english_pages.count() <= synced.count()


def test_an_english_organ_lists_the_english_people_and_parties(client):
    board = OrganPage.objects.get(locale=english(), slug="board")
    members = Membership.objects.filter(organ=board).select_related(
        "person__party", "person__locale"
    )
    assert members and all(member.person.locale.language_code == "en" for member in members)
    html = client.get(board.url).content.decode()
    assert "Governing Mayor of Oslo" in html  # a person's title, translated
    assert 'title="Conservative Party"' in html  # a party's name
    for role in ("Varamedlem", "Nestleder"):
        assert role not in html


def test_english_pages_link_english_pages():
    """A translation's page references follow it into English (core/localized_references.py)."""
    climate = FocusAreaPage.objects.get(locale=english(), slug="climate-and-environment")
    projects = ProjectPage.objects.filter(locale=english(), focus_areas=climate)
    assert projects.exists()
    assert not ProjectPage.objects.filter(locale=english(), focus_areas__locale__language_code="nb")
    lorenskog = MunicipalityPage.objects.get(locale=english(), slug="lorenskog")
    assert lorenskog.subregions.exists()
    assert {region.locale_id for region in lorenskog.subregions.all()} == {english().pk}


def test_hreflang_both_ways_and_the_language_switch_to_the_counterpart(client):
    norwegian = client.get("/prosjekter/seadito/").content.decode()
    english_page = client.get("/en/projects/seadito/").content.decode()
    for html in (norwegian, english_page):
        assert re.search(r'hreflang="en" href="[^"]*/en/projects/seadito/"', html)
        assert re.search(r'hreflang="nb" href="[^"]*/prosjekter/seadito/"', html)
    assert re.search(r'class="language-switch[^>]*href="/en/projects/seadito/"', norwegian, re.S)
    assert re.search(r'class="language-switch[^>]*href="/prosjekter/seadito/"', english_page, re.S)


def test_a_page_without_english_says_so_in_english_and_never_404s(client):
    form_page = Page.objects.get(locale__language_code="nb", slug="tilbakemelding")
    html = client.get(form_page.url).content.decode()
    with translation.override("en"):
        notice_url = reverse("not_translated", args=[form_page.pk])
    assert notice_url.startswith("/en/")
    assert f'href="{notice_url}"' in html
    response = client.get(notice_url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "This page is only available in Norwegian" in page
    link = re.search(
        r'<a class="ds-link"\s+href="([^"]+)"\s+lang="nb"\s+hreflang="nb">([^<]+)</a>', page
    )
    assert link and link.groups() == (form_page.url, form_page.title)
    assert '<meta name="robots" content="noindex">' in page
    assert client.get(f"{notice_url}?x=%01").status_code in (200, 400)
    assert client.get("/en/not-translated/999999/").status_code == 404


def test_the_notice_sends_a_visitor_on_once_the_page_is_translated(client):
    seadito = Page.objects.get(locale__language_code="nb", slug="seadito")
    with translation.override("en"):
        notice_url = reverse("not_translated", args=[seadito.pk])
    response = client.get(notice_url)
    assert response.status_code == 302
    assert response["Location"] == "/en/projects/seadito/"


def test_the_english_frame_has_its_menus_feed_and_search(client):
    html = client.get("/en/").content.decode()
    main_menu = html.split('class="main-menu', 1)[1].split("</nav>", 1)[0]
    for title in ("About Osloregionen", "Members", "Organisation", "Projects and initiatives"):
        assert title in main_menu
    assert "Contact us" in html.split("<footer", 1)[1]
    feed = client.get("/en/aktuelt/rss/")
    assert feed.status_code == 200
    assert "<language>en</language>" in feed.content.decode()
    assert "The action plan for 2025 has been adopted" in feed.content.decode()
    results = client.get("/en/sok/", {"q": "energy stations"}).content.decode()
    assert "/en/projects/energy-stations-for-green-commercial-transport/" in results


def test_the_sitemap_names_each_pages_translations(client):
    xml = client.get("/sitemap.xml").content.decode()
    entry = re.search(r"<url><loc>[^<]*/en/projects/seadito/</loc>.*?</url>", xml).group(0)
    assert re.search(r'hreflang="nb" href="[^"]*/prosjekter/seadito/"', entry)
    assert re.search(r'hreflang="en" href="[^"]*/en/projects/seadito/"', entry)


def test_english_words_on_norwegian_pages_are_marked(client):
    seadito = client.get("/prosjekter/seadito/").content.decode()
    assert '<span lang="en">Restore our Ocean and Waters</span>' in seadito
    event = client.get("/arrangementer/2024-11-20-build-your-career/").content.decode()
    assert re.search(r'<h1[^>]*lang="en"[^>]*>Build your career in Oslo</h1>', event)
    english_event = client.get("/en/events/2024-11-20-build-your-career/").content.decode()
    assert not re.search(r'<h1[^>]*lang="en"', english_event)  # English on the English page


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="text-search configurations are PostgreSQL's"
)
def test_postgresql_stems_english_pages_in_english_and_norwegian_in_norwegian():
    def title_vector(language):
        page = ProjectPage.objects.get(
            locale__language_code=language, translation_key=ENERGY_STATIONS.translation_key
        )
        entry = IndexEntry.objects.get(
            content_type=ContentType.objects.get_for_model(ProjectPage), object_id=str(page.pk)
        )
        return str(entry.title)

    ENERGY_STATIONS = ProjectPage.objects.get(
        locale__language_code="nb", slug="energistasjoner-for-gronn-naeringstransport"
    )
    assert "'station'" in title_vector("en")  # «stations», stemmed in English
    assert "'energistasjon'" in title_vector("nb")  # «Energistasjoner», stemmed in Norwegian


def test_the_english_calendar_is_served(client):
    calendar = client.get("/en/events/kalender.ics")
    assert calendar.status_code == 200
    assert "BEGIN:VCALENDAR" in calendar.content.decode()


def test_a_document_on_an_english_page_is_marked_norwegian():
    document = SiteDocument(
        title="Handlingsplan for 2025", file="documents/handlingsplan.pdf", file_size=2048
    )
    with translation.override("en"):
        assert lang_attribute(document) == ' lang="nb"'
        assert file_label(document).startswith("PDF, 2")
        assert file_label(document).endswith(", in Norwegian")
    with translation.override("nb"):
        assert lang_attribute(document) == ""
        assert file_label(document).startswith("PDF, 2")
        assert "norsk" not in file_label(document)
