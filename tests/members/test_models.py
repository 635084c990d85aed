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
from tests.factories import (
    MunicipalityIndexPageFactory,
    MunicipalityPageFactory,
    SubRegionIndexPageFactory,
    SubRegionPageFactory,
)
from tests.wagtail_asserts import page_assertions

pytestmark = pytest.mark.django_db


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
    rules = page_assertions()
    rules.assertAllowedParentPageTypes(MunicipalityIndexPage, {HomePage})
    rules.assertAllowedSubpageTypes(MunicipalityIndexPage, {MunicipalityPage, SubRegionIndexPage})
    rules.assertAllowedParentPageTypes(MunicipalityPage, {MunicipalityIndexPage})
    rules.assertAllowedSubpageTypes(MunicipalityPage, set())
    rules.assertAllowedParentPageTypes(SubRegionIndexPage, {MunicipalityIndexPage})
    rules.assertAllowedParentPageTypes(SubRegionPage, {SubRegionIndexPage})
    rules.assertAllowedSubpageTypes(SubRegionPage, set())
    rules.assertCanCreateAt(HomePage, MunicipalityIndexPage)
    rules.assertCanNotCreateAt(HomePage, MunicipalityPage)
    rules.assertCanNotCreateAt(Page, MunicipalityIndexPage)


def test_index_pages_are_singletons(home_page):
    assert MunicipalityIndexPage.can_create_at(home_page)
    member_index = MunicipalityIndexPageFactory(parent=home_page)
    assert not MunicipalityIndexPage.can_create_at(home_page)
    assert SubRegionIndexPage.can_create_at(member_index)
    SubRegionIndexPageFactory(parent=member_index)
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
    MunicipalityPageFactory(parent=member_index, title="Asker", municipality_number="3203")
    with pytest.raises(ValidationError) as error:
        member_index.add_child(instance=_new_municipality(municipality_number="3203"))
    assert error.value.message_dict["municipality_number"] == [
        "Kommunenummeret 3203 er allerede brukt av en annen kommune."
    ]


def test_editing_a_page_keeps_its_own_number_valid(member_index):
    asker = MunicipalityPageFactory(parent=member_index, municipality_number="3203")
    MunicipalityPageFactory(parent=member_index, municipality_number="3201")
    asker.full_clean()
    asker.municipality_number = "3201"  # the other municipality's
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


def test_current_excludes_former_members(member_index):
    staying = MunicipalityPageFactory(parent=member_index)
    leaving = MunicipalityPageFactory(parent=member_index, member_until=date(2025, 12, 31))
    mine = MunicipalityPage.objects.child_of(member_index)
    # Without a day, an end date means a former member: the queryset never reads the clock.
    assert list(mine.current()) == [staying]
    assert list(mine.current(date(2026, 1, 1))) == [staying]
    # An announced exit: still a member until the end date.
    assert set(mine.current(date(2025, 6, 1))) == {staying, leaving}
    assert list(mine.former(date(2026, 1, 1))) == [leaving]
    assert list(mine.former(date(2025, 6, 1))) == []


def test_current_respects_member_since(member_index):
    newcomer = MunicipalityPageFactory(parent=member_index, member_since=date(2024, 1, 1))
    assert newcomer not in MunicipalityPage.objects.current(date(2023, 12, 31))
    assert newcomer in MunicipalityPage.objects.current(date(2024, 1, 1))


def test_reverse_relation_names_are_as_agreed(member_index):
    hadeland = SubRegionPageFactory(parent=SubRegionIndexPageFactory(parent=member_index))
    jevnaker = MunicipalityPageFactory(parent=member_index)
    jevnaker.subregions.set([hadeland])
    jevnaker.save()
    assert list(hadeland.municipalities.all()) == [jevnaker]
    assert MunicipalityPage._meta.get_field("subregions").remote_field.related_name == (
        "municipalities"
    )


def test_root_cannot_hold_member_pages():
    root = Page.get_first_root_node()
    assert not MunicipalityIndexPage.can_create_at(root)
    assert not MunicipalityPage.can_create_at(root)
