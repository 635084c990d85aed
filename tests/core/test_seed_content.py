"""The seeded general pages: the home page, the pages about the organisation, privacy and
accessibility, and the contact page, as the report and the secretariat wrote them."""

import pytest

from osloregionen.core.models import SiteSettings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def test_the_privacy_page_states_the_default_retention_periods(client):
    defaults = SiteSettings()
    html = client.get("/personvern/").content.decode()
    assert f"slettes automatisk {defaults.contact_retention_days} dager etter" in html
    assert f"slettes automatisk {defaults.registration_retention_days} dager etter" in html


def test_the_home_page_shows_the_members_and_the_way_to_the_report(client):
    html = client.get("/").content.decode()
    assert "65 kommuner" in html
    assert "medlemskommuner i sju fylker" in html
    assert "saker behandlet i styret" in html
    assert 'href="/medlemmer/"' in html
    assert "Les årsrapporten for 2024" in html


def test_the_english_home_page(client):
    assert "inter-municipal political council" in client.get("/en/").content.decode()


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


def test_the_menus_lead_to_the_sections_and_the_statements(client):
    html = client.get("/").content.decode()
    main = html[html.index('aria-label="Hovedmeny"') :]
    for path in ("/om-osloregionen/", "/medlemmer/", "/aktuelt/"):
        assert f'href="{path}"' in main
    footer = html[html.index('class="footer-menu"') :]
    assert 'href="/personvern/"' in footer
    assert 'href="/tilgjengelighet/"' in footer
