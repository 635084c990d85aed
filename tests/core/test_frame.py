"""The site frame: menus from the site settings, the logo, breadcrumbs and language links."""

from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from osloregionen.core.models import FooterMenuItem, MainMenuItem, SiteSettings, StandardPage
from osloregionen.core.visibility import public_only
from tests.factories import (
    MunicipalityIndexPageFactory,
    MunicipalityPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
)
from tests.factories.core import english_home

pytestmark = pytest.mark.django_db


@pytest.fixture
def frame(home_page) -> SimpleNamespace:
    """The main menu (about, members, news) and the footer menu (privacy, contact), and the
    English home page."""
    about = StandardPageFactory(parent=home_page, title="Om Osloregionen", slug="om-osloregionen")
    members = MunicipalityIndexPageFactory(title="Medlemmer", slug="medlemmer")
    news = NewsIndexPageFactory(title="Aktuelt", slug="aktuelt")
    privacy = StandardPageFactory(parent=home_page, title="Personvern", slug="personvern")
    contact = StandardPageFactory(parent=home_page, title="Kontakt", slug="kontakt")
    nav = SiteSettings.for_site(Site.objects.get(root_page=home_page))
    for order, page in enumerate((about, members, news)):
        MainMenuItem.objects.create(setting=nav, page=page, sort_order=order)
    for order, page in enumerate((privacy, contact)):
        FooterMenuItem.objects.create(setting=nav, page=page, sort_order=order)
    english_home()
    return SimpleNamespace(about=about, members=members, news=news, privacy=privacy, nav=nav)


def test_public_only_leaves_out_restricted_pages(frame):
    PageViewRestriction.objects.create(page=frame.about, restriction_type="login")
    slugs = set(public_only(StandardPage.objects.live()).values_list("slug", flat=True))
    assert "om-osloregionen" not in slugs
    assert "personvern" in slugs


def test_the_main_and_footer_menus_come_from_the_site_settings(client, frame):
    html = client.get("/").content.decode()
    assert 'aria-label="Hovedmeny"' in html
    for url in ("/om-osloregionen/", "/medlemmer/", "/aktuelt/"):
        assert f'href="{url}"' in html
    footer = html[html.index('class="footer-menu"') :]
    assert 'href="/personvern/"' in footer and 'href="/kontakt/"' in footer


def test_english_menu_links_point_at_english_pages_only(client, frame):
    html = client.get("/en/").content.decode()
    assert 'href="/om-osloregionen/"' not in html
    assert 'href="/en/"' in html


def test_logo_links_home_in_each_language(client, frame):
    assert 'class="site-logo" href="/"' in client.get("/om-osloregionen/").content.decode()
    assert 'class="site-logo" href="/en/"' in client.get("/en/").content.decode()


def test_menu_label_overrides_title(client, frame):
    item = MainMenuItem.objects.get(setting=frame.nav, page=frame.about)
    assert ">Om Osloregionen</a>" in client.get("/").content.decode()
    item.label = "Om oss"
    item.save()
    frame.nav.save()  # as the settings form does, which refreshes the cached menus
    html = client.get("/").content.decode()
    assert ">Om oss</a>" in html


def test_view_restrictions_still_apply_to_page_and_children(client, frame):
    child = StandardPage(title="Intern side", slug="intern")
    frame.about.add_child(instance=child)
    child.save_revision().publish()
    assert client.get("/om-osloregionen/intern/").status_code == 200
    PageViewRestriction.objects.create(page=frame.about, restriction_type="login")
    for path in ("/om-osloregionen/", "/om-osloregionen/intern/"):
        response = client.get(path)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"] or "login" in response["Location"]


def test_breadcrumbs_and_hreflang(client, frame):
    child = StandardPage(title="Visjon", slug="visjon")
    frame.about.add_child(instance=child)
    child.save_revision().publish()
    html = client.get("/om-osloregionen/visjon/").content.decode()
    assert '<a class="ds-link" href="/">Osloregionen</a>' in html
    assert '<a class="ds-link" href="/om-osloregionen/">Om Osloregionen</a>' in html
    assert '<span aria-current="page">Visjon</span>' in html
    home = client.get("/").content.decode()
    assert 'hreflang="en" href="http://testserver/en/"' in home


def test_menu_follows_publishing_of_its_pages(client, frame):
    about = StandardPage.objects.get(pk=frame.about.pk)
    about.title = "Om oss i Osloregionen"
    about.save_revision().publish()
    assert ">Om oss i Osloregionen</a>" in client.get("/").content.decode()
    about.unpublish()
    assert 'href="/om-osloregionen/"' not in client.get("/kontakt/").content.decode()


def test_menus_are_a_cached_fragment_refreshed_when_settings_change(client, frame):
    client.get("/kontakt/")
    with CaptureQueriesContext(connection) as queries:
        assert 'class="footer-menu"' in client.get("/kontakt/").content.decode()
    assert not any("menuitem" in query["sql"] for query in queries)
    frame.nav.footer_menu_items.all().delete()
    frame.nav.save()
    assert 'class="footer-menu"' not in client.get("/kontakt/").content.decode()


def test_main_menu_marks_the_section_of_the_page(client, frame):
    oslo = MunicipalityPageFactory(parent=frame.members, title="Oslo", slug="oslo")
    NewsPageFactory(parent=frame.news)
    html = client.get(oslo.url).content.decode()
    assert (
        'href="/medlemmer/"\n             class="main-menu__link"\n             aria-current="page"'
        in html
    )
    marked = 'class="main-menu__link"\n             aria-current="page"'
    assert html.count(marked) == 1
    news = client.get("/aktuelt/").content.decode()
    assert news.count(marked) == 1
    assert 'href="/aktuelt/"\n             ' + marked in news
    assert marked not in client.get("/personvern/").content.decode()
