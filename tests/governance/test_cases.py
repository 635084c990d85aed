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
    MeetingIndexPage,
    OrganisationIndexPage,
    OrganPage,
)
from tests.factories import CaseIndexPageFactory, PublicationPageFactory
from tests.queries import count_queries
from tests.wagtail_asserts import page_assertions

from .conftest import add_meeting

pytestmark = pytest.mark.django_db

CASES = "/organisasjon/saker/"


@pytest.fixture
def case_index(organisation) -> CaseIndexPage:
    return CaseIndexPageFactory(parent=organisation, title="Saker", slug="saker")


@pytest.fixture
def council(make_organ) -> OrganPage:
    return make_organ("Representantskapet", "representantskapet")


@pytest.fixture
def make_case(case_index, styret):
    def make(slug, number=None, year=2025, organs=(styret,), **fields):
        fields.setdefault("title", f"Sak om {slug}")
        case = CasePage(
            slug=slug,
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
    rules = page_assertions()
    rules.assertCanCreateAt(OrganisationIndexPage, CaseIndexPage)
    rules.assertAllowedParentPageTypes(CasePage, {CaseIndexPage})
    rules.assertCanNotCreateAt(OrganPage, CasePage)


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


def test_a_step_meeting_must_belong_to_the_steps_organ(make_meeting, styret, council):
    meeting = make_meeting("mote-i-styret", date(2025, 3, 3))
    with pytest.raises(ValidationError, match="annet organ"):
        CaseStep(organ=council, meeting=meeting).clean()
    CaseStep(organ=styret, meeting=meeting).clean()


def test_an_agenda_item_needs_a_title_or_a_case(make_case):
    with pytest.raises(ValidationError, match="velg saken"):
        AgendaItem(title="").clean()
    case = make_case("saken", number=4)
    item = AgendaItem(title="", case=case)
    item.clean()
    assert (item.heading, item.reference) == ("Sak om saken", "4/25")


def test_the_case_page_shows_the_way_through_the_organs_and_the_outcome(
    client, case_index, styret, council
):
    meeting = add_meeting(
        MeetingIndexPage.objects.child_of(council).get(), "2024-08-29", date(2024, 8, 29)
    )
    case = CasePage(
        title="Strategiske føringer",
        slug="strategiske-foringer",
        year=2024,
        steps=[
            # The admin form numbers the rows; rows given in code are numbered by hand.
            CaseStep(organ=styret, recommendation="Styret anbefaler føringene.", sort_order=0),
            CaseStep(organ=council, meeting=meeting, decision="Vedtok føringene.", sort_order=1),
        ],
    )
    case_index.add_child(instance=case)
    case.save_revision().publish()
    outcome = PublicationPageFactory(title="Strategiske føringer 2025–2028", case=case)

    page = client.get(case.url).content.decode()
    styret_at, council_at = page.index(">Styret<"), page.index(">Representantskapet<")
    assert styret_at < council_at
    assert "<strong>Innstilling:</strong> Styret anbefaler føringene." in page
    assert f'href="{meeting.url}">Møtet 29. august 2024</a>' in page
    assert "<strong>Vedtak:</strong> Vedtok føringene." in page
    assert f'href="{outcome.url}"' in page


def test_the_publication_links_back_to_its_case(client, make_case):
    case = make_case("horingssvar", title="Høringssvar til Naturmeldingen")
    publication = PublicationPageFactory(case=case)
    page = client.get(publication.url).content.decode()
    assert f'href="{case.url}"' in page


def test_an_agenda_item_refers_to_its_case(client, make_meeting, make_case):
    case = make_case("regiontog", number=12)
    meeting = make_meeting("med-sak", date(2025, 2, 2))
    meeting.agenda_items.create(case=case, title="")
    meeting.save_revision().publish()
    page = client.get(meeting.url).content.decode()
    assert "Sak 12/25" in page
    assert f'href="{case.url}">Sak om regiontog</a>' in page


def test_the_organ_page_lists_its_cases_and_links_the_filtered_list(client, make_case, make_organ):
    committee = make_organ("Interessepolitisk utvalg", "interessepolitisk-utvalg")
    make_case("naturmeldingen", organs=(committee,), title="Høringssvar til Naturmeldingen")
    make_case("budsjett", title="Budsjett for styret")
    page = client.get(committee.url).content.decode()
    assert "Høringssvar til Naturmeldingen" in page
    assert "Budsjett for styret" not in page
    assert 'href="/organisasjon/saker/?organ=interessepolitisk-utvalg"' in page


def listed(client, query="") -> str:
    return client.get(f"{CASES}{query}").content.decode()


@pytest.fixture
def cases(make_case, styret, council, make_organ):
    """Three cases of 2024 (one of them the committee's) and one of 2025."""
    committee = make_organ("Interessepolitisk utvalg", "interessepolitisk-utvalg")
    make_case("a", year=2024, organs=(styret, council))
    make_case("b", year=2024, organs=(committee, styret), title="Høringssvar til Naturmeldingen")
    make_case("c", year=2024, organs=(council,))
    make_case("i-2025", number=1)


def test_the_case_list_filters_by_organ_and_year(client, cases):
    assert "4 saker" in listed(client)
    assert "3 saker" in listed(client, "?ar=2024")
    assert re.search(r"\b1 sak\b", listed(client, "?organ=interessepolitisk-utvalg"))
    assert re.search(r"\b1 sak\b", listed(client, "?ar=2025"))
    assert "2 saker" in listed(client, "?organ=representantskapet")
    assert "Høringssvar til Naturmeldingen" not in listed(client, "?organ=representantskapet")


@pytest.mark.parametrize(
    "query", ["?ar=²⁰²⁴", "?ar=99999999999999999999", "?organ=%01x", "?organ=finnes-ikke&ar=-1"]
)
def test_odd_filter_values_are_ignored_with_a_message(client, cases, query):
    response = client.get(f"{CASES}{query}")
    assert response.status_code == 200
    assert "og har sett bort fra det filteret" in response.content.decode()
    assert "4 saker" in response.content.decode()


def test_a_nul_byte_in_a_filter_is_a_bad_request(client, case_index):
    assert client.get(f"{CASES}?organ=%00").status_code == 400


def test_the_case_list_makes_the_same_queries_for_few_and_many_cases(
    client, make_case, styret, council
):
    for number in range(1, 4):
        make_case(f"sak-{number}", number=number, organs=(styret, council))
    few = count_queries(client, f"{CASES}?ar=2025", warm=True)
    for number in range(4, 19):
        make_case(f"sak-{number}", number=number, organs=(styret, council))
    assert "18 saker" in listed(client, "?ar=2025")
    assert count_queries(client, f"{CASES}?ar=2025", warm=True) == few
