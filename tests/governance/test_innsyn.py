"""Innsyn: the page says how to ask for documents, shows only the addresses the settings give, and is linked."""

from datetime import date

import pytest
from wagtail.models import Site

from governance.models import InnsynPage, OrganisationIndexPage
from osloregionen.core.models import SiteSettings
from tests.factories import (
    CasePageFactory,
    ContactPageFactory,
    InnsynPageFactory,
    PublicationPageFactory,
)
from tests.wagtail_asserts import page_assertions

from .conftest import add_meeting

pytestmark = pytest.mark.django_db

INNSYN = "/organisasjon/innsyn/"


@pytest.fixture
def innsyn(organisation) -> InnsynPage:
    return InnsynPageFactory(parent=organisation, title="Innsyn", slug="innsyn")


def settings_row(**fields) -> SiteSettings:
    row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in fields.items():
        setattr(row, name, value)
    row.save()
    return row


def test_there_is_one_innsyn_page_under_the_organisation(organisation):
    page_assertions().assertAllowedParentPageTypes(InnsynPage, {OrganisationIndexPage})
    assert InnsynPage.can_create_at(organisation)
    InnsynPageFactory(parent=organisation)
    assert not InnsynPage.can_create_at(organisation)


def test_without_settings_the_page_invents_no_address_and_points_to_the_contact_form(
    client, innsyn, home_page
):
    contact = ContactPageFactory(parent=home_page, title="Kontakt")
    settings_row(access_request_email="", journal_keeper="", journal_url="")
    page = client.get(INNSYN).content.decode()
    assert "mailto:" not in page.split("<main", 1)[1]
    assert "Postjournalen føres av" not in page
    assert (
        f'<a class="ds-link" href="{contact.url}">Send innsynskravet gjennom kontaktskjemaet'
        in (page)
    )


def test_the_settings_give_the_address_and_the_journal(client, innsyn):
    settings_row(
        access_request_email="innsyn@example.no",
        journal_keeper="vertskommunen",
        journal_url="https://journal.example.no/",
    )
    page = client.get(INNSYN).content.decode()
    assert 'href="mailto:innsyn@example.no"' in page
    assert "Postjournalen føres av vertskommunen." in page
    assert 'href="https://journal.example.no/"' in page
    assert "kontaktskjemaet" not in page


@pytest.mark.parametrize("factory", [CasePageFactory, PublicationPageFactory])
def test_cases_and_publications_link_the_innsyn_page(client, innsyn, factory):
    page = factory()
    assert f'href="{INNSYN}"' in client.get(page.url).content.decode()


def test_meetings_link_the_innsyn_page(client, innsyn, styret_meetings):
    meeting = add_meeting(styret_meetings, "2024-06-24", date(2024, 6, 24))
    assert f'href="{INNSYN}"' in client.get(meeting.url).content.decode()


def test_without_an_innsyn_page_no_link_is_shown(client, styret_meetings):
    meeting = add_meeting(styret_meetings, "2024-06-24", date(2024, 6, 24))
    assert "Be om innsyn" not in client.get(meeting.url).content.decode()
