import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from osloregionen.core.models import MainMenuItem, SiteSettings, StandardPage
from osloregionen.core.visibility import public_only

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def test_public_only_leaves_out_restricted_pages(home_page):
    about = StandardPage.objects.get(slug="om-osloregionen")
    PageViewRestriction.objects.create(page=about, restriction_type="login")
    slugs = set(public_only(StandardPage.objects.live()).values_list("slug", flat=True))
    assert "om-osloregionen" not in slugs
    assert "personvern" in slugs


def test_english_menu_links_point_at_english_pages_only(client):
    html = client.get("/en/").content.decode()
    assert 'href="/om-osloregionen/"' not in html
    assert 'href="/en/"' in html


def test_logo_links_home_in_each_language(client):
    assert 'class="site-logo" href="/"' in client.get("/om-osloregionen/").content.decode()
    assert 'class="site-logo" href="/en/"' in client.get("/en/").content.decode()


def test_menu_label_overrides_title(client, home_page):
    nav = SiteSettings.for_site(Site.objects.get(root_page=home_page))
    item = MainMenuItem.objects.get(setting=nav, page__slug="om-osloregionen")
    item.label = "Om oss"
    item.save()
    html = client.get("/").content.decode()
    assert ">Om oss</a>" in html


def test_view_restrictions_still_apply_to_page_and_children(client, home_page):
    about = StandardPage.objects.get(slug="om-osloregionen")
    child = StandardPage(title="Intern side", slug="intern")
    about.add_child(instance=child)
    child.save_revision().publish()
    assert client.get("/om-osloregionen/intern/").status_code == 200
    PageViewRestriction.objects.create(page=about, restriction_type="login")
    for path in ("/om-osloregionen/", "/om-osloregionen/intern/"):
        response = client.get(path)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"] or "login" in response["Location"]


def test_breadcrumbs_and_hreflang(client, home_page):
    about = StandardPage.objects.get(slug="om-osloregionen")
    child = StandardPage(title="Visjon", slug="visjon")
    about.add_child(instance=child)
    child.save_revision().publish()
    html = client.get("/om-osloregionen/visjon/").content.decode()
    assert '<a class="ds-link" href="/">Osloregionen</a>' in html
    assert '<a class="ds-link" href="/om-osloregionen/">Om Osloregionen</a>' in html
    assert '<span aria-current="page">Visjon</span>' in html
    home = client.get("/").content.decode()
    assert 'hreflang="en" href="http://testserver/en/"' in home


def test_menu_follows_publishing_of_its_pages(client):
    about = StandardPage.objects.get(slug="om-osloregionen")
    about.title = "Om oss i Osloregionen"
    about.save_revision().publish()
    assert ">Om oss i Osloregionen</a>" in client.get("/").content.decode()
    about.unpublish()
    assert 'href="/om-osloregionen/"' not in client.get("/kontakt/").content.decode()


def test_menus_are_a_cached_fragment_refreshed_when_settings_change(client, django_user_model):
    client.get("/kontakt/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/kontakt/")
    assert not any("menuitem" in query["sql"] for query in queries)
    nav = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    nav.footer_menu_items.all().delete()
    nav.save()
    assert 'class="footer-menu"' not in client.get("/kontakt/").content.decode()


def test_main_menu_marks_the_section_of_the_page(client):
    html = client.get("/medlemmer/oslo/").content.decode()
    assert (
        'href="/medlemmer/"\n             class="main-menu__link"\n             aria-current="page"'
        in html
    )
    marked = 'class="main-menu__link"\n             aria-current="page"'
    assert html.count(marked) == 1
    news = client.get("/aktuelt/").content.decode()
    assert news.count(marked) == 1
    assert 'href="/aktuelt/"\n             ' + marked in news
