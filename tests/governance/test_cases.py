"""Cases (saker): the rules editors meet, the case page's timeline and outcome, the filtered list."""

import re
from datetime import date

import pytest
from django.core.exceptions import ValidationError

from governance.models import (
    AgendaItem,
    CaseIndexPage,
    CasePage,
    CaseStep,
    OrganisationIndexPage,
    OrganPage,
)
from reports.models import PublicationPage
from tests.queries import count_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


@pytest.fixture
def case_index(db) -> CaseIndexPage:
    return CaseIndexPage.objects.get()


@pytest.fixture
def make_case(case_index, styret):
    def make(slug, number=None, year=2025, organs=(styret,), **fields):
        case = CasePage(
            slug=slug,
            title=f"Sak om {slug}",
            number=number,
            year=year,
            steps=[CaseStep(organ=organ) for organ in organs],
            **fields,
        )
        case_index.add_child(instance=case)
        case.save_revision().publish()
        return case

    return make


def test_cases_live_under_the_organisation_and_nowhere_else():
    assert CaseIndexPage in OrganisationIndexPage.allowed_subpage_models()
    assert CasePage.allowed_parent_page_models() == [CaseIndexPage]
    assert CasePage not in OrganPage.allowed_subpage_models()


def test_a_case_number_is_unique_within_its_year(make_case, case_index):
    make_case("forste", number=38)
    clash = CasePage(title="Ny sak", slug="ny", number=38, year=2025)
    with pytest.raises(ValidationError) as error:
        clash.clean()
    assert "Sak 38/25 finnes alt («Sak om forste»)" in str(error.value)
    CasePage(title="Neste år", slug="neste", number=38, year=2026).clean()


def test_the_reference_is_written_as_organs_write_it():
    assert CasePage(number=7, year=2024).reference == "7/24"
    assert CasePage(number=None, year=2024).reference == ""


def test_a_year_outside_the_organisations_life_is_refused():
    with pytest.raises(ValidationError, match="årstall fra 2005"):
        CasePage(title="Gammel", slug="gammel", year=1999).clean()


def test_a_step_meeting_must_belong_to_the_steps_organ(make_meeting, styret):
    representantskapet = OrganPage.objects.get(slug="representantskapet")
    meeting = make_meeting("mote-i-styret", date(2025, 3, 3))
    with pytest.raises(ValidationError, match="annet organ"):
        CaseStep(organ=representantskapet, meeting=meeting).clean()
    CaseStep(organ=styret, meeting=meeting).clean()


def test_an_agenda_item_needs_a_title_or_a_case(make_case):
    with pytest.raises(ValidationError, match="velg saken"):
        AgendaItem(title="").clean()
    case = make_case("saken", number=4)
    item = AgendaItem(title="", case=case)
    item.clean()
    assert (item.heading, item.reference) == ("Sak om saken", "4/25")


def test_the_case_page_shows_the_way_through_the_organs_and_the_outcome(client):
    page = client.get("/organisasjon/saker/strategiske-foringer-2025-2028/").content.decode()
    styret_at, council_at = page.index(">Styret<"), page.index(">Representantskapet<")
    assert styret_at < council_at
    assert "Møtet 29. august 2024" in page
    assert "Vedtok strategiske føringer for Osloregionen IPR 2025–2028." in page
    publication = PublicationPage.objects.get(slug="strategiske-foringer-2025-2028")
    assert f'href="{publication.url}"' in page


def test_the_publication_links_back_to_its_case(client):
    page = client.get("/publikasjoner/horingssvar-naturmeldingen/").content.decode()
    assert 'href="/organisasjon/saker/horingssvar-naturmeldingen/"' in page


def test_an_agenda_item_refers_to_its_case(client, make_meeting, make_case):
    case = make_case("regiontog", number=12)
    meeting = make_meeting("med-sak", date(2025, 2, 2))
    meeting.agenda_items.create(case=case, title="")
    meeting.save_revision().publish()
    page = client.get(meeting.url).content.decode()
    assert "Sak 12/25" in page
    assert f'href="{case.url}">Sak om regiontog</a>' in page


def test_the_organ_page_lists_its_cases_and_links_the_filtered_list(client):
    page = client.get("/organisasjon/interessepolitisk-utvalg/").content.decode()
    assert "Høringssvar til Naturmeldingen" in page
    assert 'href="/organisasjon/saker/?organ=interessepolitisk-utvalg"' in page


def listed(client, query="") -> str:
    return client.get(f"/organisasjon/saker/{query}").content.decode()


def test_the_case_list_filters_by_organ_and_year(client, make_case):
    make_case("i-2025", number=1)
    assert "13 saker" in listed(client, "?ar=2024")
    assert "2 saker" in listed(client, "?organ=interessepolitisk-utvalg")
    assert re.search(r"\b1 sak\b", listed(client, "?ar=2025"))
    assert "Høringssvar til Naturmeldingen" not in listed(client, "?organ=representantskapet")


@pytest.mark.parametrize(
    "query", ["?ar=²⁰²⁴", "?ar=99999999999999999999", "?organ=%01x", "?organ=finnes-ikke&ar=-1"]
)
def test_odd_filter_values_are_ignored_with_a_message(client, query):
    response = client.get(f"/organisasjon/saker/{query}")
    assert response.status_code == 200
    assert "og har sett bort fra det filteret" in response.content.decode()
    assert "13 saker" in response.content.decode()


def test_a_nul_byte_in_a_filter_is_a_bad_request(client):
    assert client.get("/organisasjon/saker/?organ=%00").status_code == 400


def test_the_case_list_makes_the_same_queries_for_few_and_many_cases(client, make_case, styret):
    representantskapet = OrganPage.objects.get(slug="representantskapet")
    few = count_queries(client, "/organisasjon/saker/?ar=2025", warm=True)
    for number in range(1, 16):
        make_case(f"sak-{number}", number=number, organs=(styret, representantskapet))
    assert count_queries(client, "/organisasjon/saker/?ar=2025", warm=True) == few


def test_the_seed_has_the_cases_the_report_names(case_index):
    cases = CasePage.objects.child_of(case_index)
    assert cases.count() == 13
    assert not cases.exclude(number=None).exists(), "the report gives no case numbers"
    linked = PublicationPage.objects.exclude(case=None).count()
    assert linked == 12
