import pytest
from django.urls import reverse
from wagtail.models import Page, Site

from osloregionen.core.models import ContactPage, FormPage, StandardPage
from osloregionen.home.models import HomePage
from tests.factories import ContactPageFactory, StandardPageFactory
from tests.factories.core import english_home
from tests.wagtail_asserts import page_assertions

pytestmark = pytest.mark.django_db


def test_the_home_page_renders_the_frame_once(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="nb"' in html
    assert home_page.intro in html
    assert '"@type": "GovernmentOrganization"' in html
    assert html.count("<main") == 1
    assert html.count("<h1") == 1


def test_english_home_page_is_under_en(client, home_page):
    english = english_home()
    english.intro = "Osloregionen is an inter-municipal political council."
    english.save_revision().publish()
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="en"' in html
    assert "inter-municipal political council" in html
    assert 'hreflang="nb"' in html
    assert home_page.intro not in html


def test_page_type_rules():
    rules = page_assertions()
    rules.assertAllowedParentPageTypes(HomePage, {Page})
    rules.assertCanCreateAt(HomePage, StandardPage)
    # A content page holds more content pages and forms (a survey under «Om Osloregionen»).
    rules.assertAllowedSubpageTypes(StandardPage, {StandardPage, FormPage})
    rules.assertAllowedSubpageTypes(ContactPage, set())


def test_only_one_home_page_can_be_added(home_page):
    assert not HomePage.can_create_at(Page.get_first_root_node())


def test_contact_page_is_a_singleton_per_parent(home_page):
    assert ContactPage.can_create_at(home_page)
    contact = ContactPageFactory(parent=home_page)
    assert not ContactPage.can_create_at(contact.get_parent())


def test_default_site_points_at_norwegian_home(home_page):
    assert Site.objects.get(is_default_site=True).root_page_id == home_page.pk
    assert home_page.locale.language_code == "nb"


def test_unknown_page_gives_designed_404(client, home_page):
    response = client.get("/finnes-ikke/")
    assert response.status_code == 404
    assert "Fant ikke siden" in response.content.decode()


def test_healthz_checks_database(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_robots_points_at_sitemap(client, home_page):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_security_txt_has_required_fields(client):
    body = client.get("/.well-known/security.txt").content.decode()
    assert body.startswith("Contact: ")
    assert "\nExpires: " in body


def test_sitemap_lists_both_locales(client, home_page):
    StandardPageFactory(parent=home_page, title="Om Osloregionen", slug="om-osloregionen")
    english_home()
    body = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/om-osloregionen/</loc>" in body
    assert "/en/</loc>" in body
