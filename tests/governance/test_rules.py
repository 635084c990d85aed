"""Page-type rules and the errors editors get."""

from datetime import date, time

import pytest
from django.core.exceptions import ValidationError

from governance.models import (
    CaseIndexPage,
    InnsynPage,
    MeetingIndexPage,
    MeetingPage,
    MeetingStatus,
    Membership,
    OrganisationIndexPage,
    OrganPage,
    Person,
    Role,
)
from governance.validators import case_number_validator
from osloregionen.home.models import HomePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def test_page_tree_rules():
    assert OrganisationIndexPage.allowed_parent_page_models() == [HomePage]
    assert OrganisationIndexPage.allowed_subpage_models() == [OrganPage, CaseIndexPage, InnsynPage]
    assert set(OrganPage.allowed_subpage_models()) == {OrganPage, MeetingIndexPage}
    assert MeetingIndexPage.allowed_parent_page_models() == [OrganPage]
    assert MeetingPage.allowed_parent_page_models() == [MeetingIndexPage]
    assert MeetingPage.allowed_subpage_models() == []
    assert OrganisationIndexPage in HomePage.allowed_subpage_models()


def test_organisation_page_and_meeting_container_are_singletons(home_page, styret):
    assert not OrganisationIndexPage.can_create_at(home_page)
    assert not MeetingIndexPage.can_create_at(styret)
    assert MeetingIndexPage.can_create_at(OrganPage.objects.get(slug="sekretariatet"))


def test_meeting_cannot_be_created_directly_under_an_organ(styret, styret_meetings):
    assert not MeetingPage.can_create_at(styret)
    assert MeetingPage.can_create_at(styret_meetings)


def membership(**fields):
    return Membership(
        organ=OrganPage.objects.get(slug="styret"),
        person=Person.objects.get(name="Lene Conradi"),
        **fields,
    )


def test_end_date_before_start_date_is_a_clear_error():
    with pytest.raises(ValidationError) as error:
        membership(start_date=date(2024, 5, 1), end_date=date(2024, 4, 30)).clean()
    assert error.value.message_dict["end_date"] == ["Sluttdatoen kan ikke være før startdatoen."]


def test_a_membership_represents_one_thing_only(styret):
    subregion = styret.memberships.first().represents_subregion
    with pytest.raises(ValidationError) as error:
        membership(represents_subregion=subregion, represents_organisation="KS").clean()
    assert "ikke flere" in error.value.message_dict["represents_organisation"][0]


def test_organ_cannot_report_to_itself_through_others():
    representantskapet = OrganPage.objects.get(slug="representantskapet")
    representantskapet.reports_to = OrganPage.objects.get(slug="interessepolitisk-utvalg")
    with pytest.raises(ValidationError) as error:
        representantskapet.clean()
    assert "kan ikke rapportere til seg selv" in error.value.message_dict["reports_to"][0]


def test_meeting_must_end_after_it_starts(styret_meetings):
    meeting = MeetingPage(
        title="Styremøte", date=date(2030, 1, 1), start_time=time(12), end_time=time(10)
    )
    with pytest.raises(ValidationError) as error:
        meeting.clean()
    assert error.value.message_dict["end_time"] == ["Møtet må slutte etter at det starter."]


def test_future_meeting_cannot_be_held():
    meeting = MeetingPage(title="Styremøte", date=date(2999, 1, 1), status=MeetingStatus.HELD)
    with pytest.raises(ValidationError) as error:
        meeting.clean()
    assert "kan ikke være avholdt" in error.value.message_dict["status"][0]


@pytest.mark.parametrize("value", ["12/24", "1/25", "138/24"])
def test_case_number_format_accepts(value):
    case_number_validator(value)


@pytest.mark.parametrize("value", ["12-24", "sak 12/24", "12/2024", "/24", "1234/24"])
def test_case_number_format_rejects(value):
    with pytest.raises(ValidationError, match="for eksempel 12/24"):
        case_number_validator(value)


def test_roles_cover_the_seats_and_staff():
    assert {Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER, Role.DEPUTY_MEMBER, Role.DIRECTOR} <= set(
        Role
    )
