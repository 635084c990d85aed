"""Innsyn: the page says how to ask for documents, shows only the addresses the settings give, and is linked."""

import pytest
from wagtail.models import Site

from governance.models import InnsynPage, MeetingPage, OrganisationIndexPage
from osloregionen.core.models import SiteSettings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

INNSYN = "/organisasjon/innsyn/"


def settings_row(**fields) -> SiteSettings:
    row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in fields.items():
        setattr(row, name, value)
    row.save()
    return row


def test_there_is_one_innsyn_page_under_the_organisation():
    assert InnsynPage.allowed_parent_page_models() == [OrganisationIndexPage]
    assert not InnsynPage.can_create_at(OrganisationIndexPage.objects.get())


def test_without_settings_the_page_invents_no_address_and_points_to_the_contact_form(client):
    settings_row(access_request_email="", journal_keeper="", journal_url="")
    page = client.get(INNSYN).content.decode()
    assert "offentleglova" in page
    assert "mailto:" not in page.split("<main", 1)[1]
    assert "Postjournalen føres av" not in page
    assert "Send innsynskravet gjennom kontaktskjemaet" in page


def test_the_settings_give_the_address_and_the_journal(client):
    settings_row(
        access_request_email="innsyn@example.no",
        journal_keeper="vertskommunen",
        journal_url="https://journal.example.no/",
    )
    page = client.get(INNSYN).content.decode()
    assert 'href="mailto:innsyn@example.no"' in page
    assert "Postjournalen føres av vertskommunen." in page
    assert 'href="https://journal.example.no/"' in page


@pytest.mark.parametrize(
    "url", ["/organisasjon/saker/handlingsplan-2025/", "/publikasjoner/handlingsplan-2025/"]
)
def test_cases_and_publications_link_the_innsyn_page(client, url):
    assert f'href="{INNSYN}"' in client.get(url).content.decode()


def test_meetings_link_the_innsyn_page(client):
    meeting = MeetingPage.objects.live().first()
    assert f'href="{INNSYN}"' in client.get(meeting.url).content.decode()
