from datetime import date

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page

from members.models import (
    MunicipalityIndexPage,
    MunicipalityPage,
    SubRegionIndexPage,
    SubRegionPage,
)
from osloregionen.home.models import HomePage
from tests.factories import MunicipalityPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def _new_municipality(**fields) -> MunicipalityPage:
    """An unsaved municipality from the factory, for a test to add where it wants."""
    defaults = {
        "title": "Testkommune",
        "slug": "testkommune",
        "municipality_number": "3299",
        "latitude": None,
        "longitude": None,
    }
    return MunicipalityPageFactory.build(**{**defaults, **fields})


def test_page_type_rules():
    assert MunicipalityIndexPage.allowed_parent_page_models() == [HomePage]
    assert set(MunicipalityIndexPage.allowed_subpage_models()) == {
        MunicipalityPage,
        SubRegionIndexPage,
    }
    assert MunicipalityPage.allowed_parent_page_models() == [MunicipalityIndexPage]
    assert MunicipalityPage.allowed_subpage_models() == []
    assert SubRegionIndexPage.allowed_parent_page_models() == [MunicipalityIndexPage]
    assert SubRegionPage.allowed_parent_page_models() == [SubRegionIndexPage]
    assert SubRegionPage.allowed_subpage_models() == []
    assert MunicipalityIndexPage in HomePage.allowed_subpage_models()


def test_index_pages_are_singletons(home_page, member_index):
    assert not MunicipalityIndexPage.can_create_at(home_page)
    assert not SubRegionIndexPage.can_create_at(member_index)
    assert MunicipalityPage.can_create_at(member_index)
    assert not MunicipalityPage.can_create_at(home_page)


def test_municipality_number_must_be_four_digits(member_index):
    for bad in ("123", "12345", "32a1", "３２０１"):
        with pytest.raises(ValidationError) as error:
            member_index.add_child(instance=_new_municipality(municipality_number=bad))
        assert (
            "Kommunenummeret må være fire siffer, for eksempel 3203."
            in (error.value.message_dict["municipality_number"])
        )


def test_municipality_number_must_be_unique(member_index):
    with pytest.raises(ValidationError) as error:
        member_index.add_child(instance=_new_municipality(municipality_number="3203"))
    assert error.value.message_dict["municipality_number"] == [
        "Kommunenummeret 3203 er allerede brukt av en annen kommune."
    ]


def test_editing_a_page_keeps_its_own_number_valid():
    asker = MunicipalityPage.objects.get(slug="asker")
    asker.full_clean()
    asker.municipality_number = "3201"  # Bærum's
    with pytest.raises(ValidationError) as error:
        asker.full_clean()
    assert "allerede brukt" in error.value.message_dict["municipality_number"][0]


def test_a_new_municipality_with_a_free_number_is_valid(member_index):
    page = member_index.add_child(instance=_new_municipality())
    assert page.pk and page.url_path.endswith("/medlemmer/testkommune/")


def test_end_date_cannot_precede_start_date(member_index):
    page = _new_municipality(member_since=date(2024, 1, 1), member_until=date(2023, 1, 1))
    with pytest.raises(ValidationError) as error:
        member_index.add_child(instance=page)
    assert "member_until" in error.value.message_dict


def test_latitude_and_longitude_come_together(member_index):
    with pytest.raises(ValidationError) as error:
        member_index.add_child(instance=_new_municipality(latitude=59.9))
    assert error.value.message_dict["longitude"] == [
        "Fyll ut både breddegrad og lengdegrad, eller ingen av dem."
    ]


def test_county_is_a_fixed_choice(member_index):
    with pytest.raises(ValidationError) as error:
        member_index.add_child(instance=_new_municipality(county="Akershus fylke"))
    assert "county" in error.value.message_dict


def test_current_excludes_former_members():
    MunicipalityPage.objects.filter(slug="asker").update(member_until=date(2025, 12, 31))
    assert not MunicipalityPage.objects.current().filter(slug="asker").exists()
    assert not MunicipalityPage.objects.current(date(2026, 1, 1)).filter(slug="asker").exists()
    # An announced exit: still a member until the end date.
    assert MunicipalityPage.objects.current(date(2025, 6, 1)).filter(slug="asker").exists()
    assert MunicipalityPage.objects.former(date(2026, 1, 1)).filter(slug="asker").exists()
    assert MunicipalityPage.objects.current().count() == 64


def test_current_respects_member_since():
    assert MunicipalityPage.objects.current(date(2023, 12, 31)).filter(slug="elverum").count() == 0
    assert MunicipalityPage.objects.current(date(2024, 1, 1)).filter(slug="elverum").count() == 1


def test_reverse_relation_names_are_as_agreed():
    jevnaker = MunicipalityPage.objects.get(slug="jevnaker")
    hadeland = SubRegionPage.objects.get(slug="hadelandsregionen")
    assert jevnaker in hadeland.municipalities.all()
    assert MunicipalityPage._meta.get_field("subregions").remote_field.related_name == (
        "municipalities"
    )


def test_root_cannot_hold_member_pages():
    root = Page.get_first_root_node()
    assert not MunicipalityIndexPage.can_create_at(root)
    assert not MunicipalityPage.can_create_at(root)
