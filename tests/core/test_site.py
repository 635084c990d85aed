import pytest
from django.urls import reverse
from wagtail.models import Page, Site

from osloregionen.core.models import ContactPage, FormPage, StandardPage
from osloregionen.home.models import HomePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def test_home_page_renders_seed_content(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "65 kommuner" in html
    assert 'lang="nb"' in html
    assert '"@type": "GovernmentOrganization"' in html
    assert html.count("<main") == 1
    assert html.count("<h1") == 1


def test_english_home_page_is_under_en(client):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="en"' in html
    assert "inter-municipal political council" in html
    assert 'hreflang="nb"' in html


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("/om-osloregionen/", "bærekraftig og internasjonalt"),
        ("/om-osloregionen/", "Mål 17: Samarbeid for å nå målene"),
        ("/personvern/", "Behandlingsansvarlig"),
        ("/tilgjengelighet/", "uustatus.no"),
        ("/kontakt/", "Rådhuset, 0037 Oslo"),
    ],
)
def test_general_pages_show_seed_content(client, path, text):
    response = client.get(path)
    assert response.status_code == 200
    assert text in response.content.decode()


def test_page_type_rules():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert StandardPage in HomePage.allowed_subpage_models()
    # A content page holds more content pages and forms (a survey under «Om Osloregionen»).
    assert StandardPage.allowed_subpage_models() == [StandardPage, FormPage]
    assert ContactPage.allowed_subpage_models() == []


def test_only_one_home_page_can_be_added(home_page):
    assert not HomePage.can_create_at(Page.get_first_root_node())


def test_contact_page_is_a_singleton_per_parent(home_page):
    assert not ContactPage.can_create_at(home_page)


def test_default_site_points_at_norwegian_home(home_page):
    assert Site.objects.get(is_default_site=True).root_page_id == home_page.pk


def test_main_menu_lists_seeded_sections(client):
    html = client.get("/").content.decode()
    assert 'aria-label="Hovedmeny"' in html
    assert 'href="/om-osloregionen/"' in html


def test_footer_links_to_privacy_and_accessibility(client):
    html = client.get("/").content.decode()
    assert 'href="/personvern/"' in html
    assert 'href="/tilgjengelighet/"' in html


def test_unknown_page_gives_designed_404(client):
    response = client.get("/finnes-ikke/")
    assert response.status_code == 404
    assert "Fant ikke siden" in response.content.decode()


def test_healthz_checks_database(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_robots_points_at_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_security_txt_has_required_fields(client):
    body = client.get("/.well-known/security.txt").content.decode()
    assert body.startswith("Contact: ")
    assert "\nExpires: " in body


def test_sitemap_lists_both_locales(client):
    body = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/om-osloregionen/</loc>" in body
    assert "/en/</loc>" in body


def test_home_page_shows_key_figures_and_ways_in(client):
    html = client.get("/").content.decode()
    assert "medlemskommuner i sju fylker" in html
    assert "saker behandlet i styret" in html
    assert 'href="/medlemmer/"' in html
    assert "Les årsrapporten for 2024" in html
