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
    Role,
)
from governance.validators import case_number_validator
from osloregionen.home.models import HomePage
from tests.factories import OrganPageFactory, PersonFactory, SubRegionPageFactory
from tests.wagtail_asserts import page_assertions

pytestmark = pytest.mark.django_db


def test_page_tree_rules():
    rules = page_assertions()
    rules.assertAllowedParentPageTypes(OrganisationIndexPage, {HomePage})
    rules.assertAllowedSubpageTypes(OrganisationIndexPage, {OrganPage, CaseIndexPage, InnsynPage})
    rules.assertAllowedSubpageTypes(OrganPage, {OrganPage, MeetingIndexPage})
    rules.assertAllowedParentPageTypes(MeetingIndexPage, {OrganPage})
    rules.assertAllowedParentPageTypes(MeetingPage, {MeetingIndexPage})
    rules.assertAllowedSubpageTypes(MeetingPage, set())
    rules.assertCanCreateAt(HomePage, OrganisationIndexPage)
    rules.assertCanNotCreateAt(OrganPage, MeetingPage)


def test_organisation_page_and_meeting_container_are_singletons(organisation, styret):
    assert not OrganisationIndexPage.can_create_at(organisation.get_parent())
    assert not MeetingIndexPage.can_create_at(styret)
    secretariat = OrganPageFactory(parent=organisation, title="Sekretariatet")
    assert MeetingIndexPage.can_create_at(secretariat)


def test_meeting_cannot_be_created_directly_under_an_organ(styret, styret_meetings):
    assert not MeetingPage.can_create_at(styret)
    assert MeetingPage.can_create_at(styret_meetings)


def membership(organ, **fields):
    return Membership(organ=organ, person=PersonFactory(), **fields)


def test_end_date_before_start_date_is_a_clear_error(styret):
    with pytest.raises(ValidationError) as error:
        membership(styret, start_date=date(2024, 5, 1), end_date=date(2024, 4, 30)).clean()
    assert error.value.message_dict["end_date"] == ["Sluttdatoen kan ikke være før startdatoen."]
    membership(styret, start_date=date(2024, 5, 1), end_date=date(2024, 5, 1)).clean()


def test_a_membership_represents_one_thing_only(styret):
    subregion = SubRegionPageFactory()
    with pytest.raises(ValidationError) as error:
        membership(styret, represents_subregion=subregion, represents_organisation="KS").clean()
    assert "ikke flere" in error.value.message_dict["represents_organisation"][0]
    membership(styret, represents_subregion=subregion).clean()


def test_organ_cannot_report_to_itself_through_others(organisation):
    council = OrganPageFactory(parent=organisation, title="Representantskapet")
    board = OrganPageFactory(parent=organisation, title="Styret", reports_to=council)
    committee = OrganPageFactory(parent=organisation, title="Utvalget", reports_to=board)
    council.clean()  # the top of the line reports to no one
    council.reports_to = committee
    with pytest.raises(ValidationError) as error:
        council.clean()
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
