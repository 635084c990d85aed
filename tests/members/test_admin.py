"""Editors get clear Norwegian messages in the admin, not a 500."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from members.models import MunicipalityPage
from tests.factories import (
    MunicipalityPageFactory,
    SubRegionIndexPageFactory,
    SubRegionPageFactory,
)
from tests.wagtail_asserts import page_assertions

pytestmark = pytest.mark.django_db


def _form(**fields) -> dict:
    data = {
        "title": "Nykommune",
        "slug": "nykommune",
        "official_name": "Nykommune kommune",
        "municipality_number": "3299",
        "county": "akershus",
        "website": "",
        "administrative_centre": "",
        "latitude": "",
        "longitude": "",
        "member_since": "",
        "member_until": "",
        "intro": "",
        "body": streamfield([]),
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def _add(admin_client, member_index, **fields):
    url = reverse("wagtailadmin_pages:add", args=("members", "municipalitypage", member_index.pk))
    return admin_client.post(url, _form(**fields))


def test_add_form_renders_with_norwegian_help(admin_client, member_index):
    SubRegionPageFactory(
        parent=SubRegionIndexPageFactory(parent=member_index), title="Hadelandsregionen"
    )
    url = reverse("wagtailadmin_pages:add", args=("members", "municipalitypage", member_index.pk))
    html = admin_client.get(url).content.decode()
    assert "Kommunenummer" in html
    assert "Fire siffer" in html
    assert "Østfold" in html  # the county choice list
    assert 'type="checkbox"' in html and "Hadelandsregionen" in html


def test_edit_form_renders(admin_client, member_index):
    page = MunicipalityPageFactory(parent=member_index)
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert response.status_code == 200
    assert page.official_name in response.content.decode()


def test_bad_number_is_refused_with_a_clear_message(admin_client, member_index):
    response = _add(admin_client, member_index, municipality_number="32-1")
    assert response.status_code == 200
    assert "Kommunenummeret må være fire siffer" in response.content.decode()
    assert not MunicipalityPage.objects.filter(slug="nykommune").exists()


def test_duplicate_number_is_refused_with_a_clear_message(admin_client, member_index):
    MunicipalityPageFactory(parent=member_index, title="Oslo", municipality_number="0301")
    response = _add(admin_client, member_index, municipality_number="0301")
    assert response.status_code == 200
    assert "Kommunenummeret 0301 er allerede brukt av en annen kommune." in (
        response.content.decode()
    )
    assert not MunicipalityPage.objects.filter(slug="nykommune").exists()


def test_valid_municipality_is_created_with_two_subregions(admin_client, member_index):
    subregion_index = SubRegionIndexPageFactory(parent=member_index)
    regions = [SubRegionPageFactory(parent=subregion_index) for _ in range(2)]
    data = _form(latitude="60.1", longitude="10.5")
    data["subregions"] = [str(region.pk) for region in regions]
    page_assertions(admin_client).assertCanCreate(member_index, MunicipalityPage, data)
    page = MunicipalityPage.objects.get(slug="nykommune")
    assert page.live
    assert set(page.subregions.all()) == set(regions)
