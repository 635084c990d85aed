"""Editors get clear Norwegian messages in the admin, not a 500."""

import pytest
from django.urls import reverse

from members.models import MunicipalityPage, SubRegionPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


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
        "body-count": "0",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    data.update(fields)
    return data


def _add(admin_client, member_index, **fields):
    url = reverse("wagtailadmin_pages:add", args=("members", "municipalitypage", member_index.pk))
    return admin_client.post(url, _form(**fields))


def test_add_form_renders_with_norwegian_help(admin_client, member_index):
    url = reverse("wagtailadmin_pages:add", args=("members", "municipalitypage", member_index.pk))
    html = admin_client.get(url).content.decode()
    assert "Kommunenummer" in html
    assert "Fire siffer" in html
    assert "Østfold" in html  # the county choice list
    assert 'type="checkbox"' in html and "Hadelandsregionen" in html


def test_edit_form_renders(admin_client):
    jevnaker = MunicipalityPage.objects.get(slug="jevnaker")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(jevnaker.pk,)))
    assert response.status_code == 200


def test_bad_number_is_refused_with_a_clear_message(admin_client, member_index):
    response = _add(admin_client, member_index, municipality_number="32-1")
    assert response.status_code == 200
    assert "Kommunenummeret må være fire siffer" in response.content.decode()
    assert not MunicipalityPage.objects.filter(slug="nykommune").exists()


def test_duplicate_number_is_refused_with_a_clear_message(admin_client, member_index):
    response = _add(admin_client, member_index, municipality_number="0301")
    assert response.status_code == 200
    assert "Kommunenummeret 0301 er allerede brukt av en annen kommune." in (
        response.content.decode()
    )
    assert not MunicipalityPage.objects.filter(slug="nykommune").exists()


def test_valid_municipality_is_created_with_two_subregions(admin_client, member_index):
    regions = list(
        SubRegionPage.objects.filter(slug__in=["hadelandsregionen", "ringeriksregionen"])
    )
    response = _add(
        admin_client,
        member_index,
        subregions=[str(region.pk) for region in regions],
        latitude="60.1",
        longitude="10.5",
    )
    assert response.status_code == 302
    page = MunicipalityPage.objects.get(slug="nykommune")
    assert set(page.subregions.all()) == set(regions)
