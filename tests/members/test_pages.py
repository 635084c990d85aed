"""The member list, the municipality and delregion pages, on the small region of ``conftest.py``."""

import re
from datetime import date

import pytest

from governance.models import Role
from members.models import MunicipalityPage
from osloregionen.core.content_version import content_changed
from tests.factories import (
    MembershipFactory,
    MunicipalityPageFactory,
    OrganPageFactory,
    PersonFactory,
    SubRegionPageFactory,
)
from tests.module_data import fresh
from tests.queries import count_queries

from .conftest import MUNICIPALITIES

pytestmark = pytest.mark.django_db

MEMBERS = "/medlemmer/"


def _html(client, path) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def _listed_names(html: str) -> list[str]:
    """The municipality links in the grouped list (not the map)."""
    lists = re.findall(r'<ul class="members-group__list">(.*?)</ul>', html, re.S)
    return [name for block in lists for name in re.findall(r'">([^<]+)</a>', block)]


def test_index_lists_every_member_grouped_by_county_in_the_fixed_order(client, region):
    html = _html(client, MEMBERS)
    assert html.count("<h1") == 1
    assert f"{len(MUNICIPALITIES)} medlemskommuner" in html
    counties = re.findall(r'<h3 class="ds-heading" data-size="sm" id="fylke-(\w+)">', html)
    assert counties == ["oslo", "akershus", "buskerud", "ostfold", "innlandet"]
    for county, count in [
        ("Oslo", "1 kommune"),
        ("Akershus", "4 kommuner"),
        ("Buskerud", "2 kommuner"),
        ("Østfold", "1 kommune"),
        ("Innlandet", "9 kommuner"),
    ]:
        assert re.search(rf">\s*{county}\s*<span[^>]*>\s*\({count}\)", html), county
    assert sorted(_listed_names(html)) == sorted(title for title, *_ in MUNICIPALITIES)


def test_index_sorts_in_norwegian_order(client, region):
    names = _listed_names(_html(client, MEMBERS))
    assert names[1:5] == ["Asker", "Bærum", "Vestby", "Ås"]  # Akershus, after Oslo


def test_index_groups_by_subregion(client, region):
    html = _html(client, f"{MEMBERS}?gruppering=delregion")
    assert 'href="/medlemmer/delregioner/hadelandsregionen/"' in html
    # Jevnaker is listed under both of its delregioner; Elverum under none.
    assert _listed_names(html).count("Jevnaker") == 2
    without = html[html.index("Uten delregion") :]
    assert "Elverum" in _listed_names(without)
    assert re.search(r"Hadelandsregionen</a>\s*<span[^>]*>\s*\(3 kommuner\)", html)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ås", ["Ås", "Åsnes"]),
        ("ÅS", ["Ås", "Åsnes"]),
        ("  bærum ", ["Bærum"]),
        ("ØSTRE", ["Østre Toten"]),
        ("øvre", ["Øvre Eiker"]),
        ("sør", ["Sør-Odal"]),
    ],
)
def test_name_filter_is_case_insensitive_with_norwegian_letters(client, region, query, expected):
    html = _html(client, f"{MEMBERS}?q={query}")
    assert _listed_names(html) == expected
    assert f"passer søket «{query.strip()}»" in html


def test_name_filter_without_match_is_friendly(client, region):
    html = _html(client, f"{MEMBERS}?q=Stockholm")
    assert "0 kommuner passer søket «Stockholm»" in html
    assert "Ingen av medlemskommunene har et navn som inneholder dette" in html
    assert _listed_names(html) == []


@pytest.mark.parametrize(
    "query",
    [
        "?gruppering=ukjent",
        "?q=%01%02",
        "?q=" + "x" * 500,
        "?page=abc",
        "?page=-1",
        "?page=" + "9" * 30,
        "?q[]=a&gruppering[]=b",
    ],
)
def test_odd_input_never_fails(client, region, query):
    assert client.get(MEMBERS + query).status_code == 200


def test_unknown_grouping_keeps_the_name_filter(client, region):
    html = _html(client, f"{MEMBERS}?q=toten&gruppering=ukjent")
    assert _listed_names(html) == ["Vestre Toten", "Østre Toten"]


def test_overlong_query_is_shortened_not_ignored(client, region):
    html = _html(client, f"{MEMBERS}?q=" + "x" * 300)
    assert "0 kommuner passer søket «" + "x" * 100 + "»" in html


def test_announced_exit_is_not_yet_a_former_member(client, region):
    MunicipalityPage.objects.filter(slug="asker").update(member_until=date(2099, 12, 31))
    page = _html(client, "/medlemmer/asker/")
    assert "Tidligere medlem" not in page
    assert "Medlem til" in page and "31. desember 2099" in page
    assert "Asker" in _listed_names(_html(client, MEMBERS))


def test_unknown_slugs_are_404(client, region):
    assert client.get("/medlemmer/finnes-ikke/").status_code == 404
    assert client.get("/medlemmer/delregioner/finnes-ikke/").status_code == 404


def test_municipality_page_shows_its_facts(client, region):
    html = _html(client, "/medlemmer/asker/")
    assert html.count("<h1") == 1
    for text in [
        "Asker kommune",
        "Akershus",
        "3203",
        "Asker sentrum",
        'href="https://www.asker.kommune.no"',
    ]:
        assert text in html
    assert 'href="/medlemmer/delregioner/asker-og-baerum/">Asker og Bærum</a>' in html
    assert '"@type": "AdministrativeArea"' in html
    assert '"identifier": "3203"' in html


def test_a_municipality_in_two_subregions_links_to_both(client, region):
    html = _html(client, "/medlemmer/jevnaker/")
    assert "Delregioner" in html
    assert 'href="/medlemmer/delregioner/hadelandsregionen/"' in html
    assert 'href="/medlemmer/delregioner/ringeriksregionen/"' in html


def test_a_new_member_shows_its_start_and_no_subregion(client, region):
    html = _html(client, "/medlemmer/elverum/")
    assert "Medlem fra" in html and "1. januar 2024" in html
    assert "Ikke knyttet til en delregion" in html


def test_subregion_page_lists_its_municipalities(client, region):
    html = _html(client, "/medlemmer/delregioner/hadelandsregionen/")
    assert html.count("<h1") == 1
    assert "3 medlemskommuner" in html
    for slug in ("gran", "jevnaker", "lunner"):
        assert f'href="/medlemmer/{slug}/"' in html
    assert 'href="/medlemmer/hole/"' not in html


def test_a_municipality_and_a_subregion_with_one_name_are_different_pages(client, region):
    municipality = _html(client, "/medlemmer/oslo/")
    subregion = _html(client, "/medlemmer/delregioner/oslo/")
    assert "Kommunenummer" in municipality and "0301" in municipality
    assert "Kommunenummer" not in subregion
    assert "1 medlemskommune" in subregion
    assert 'href="/medlemmer/oslo/"' in subregion


def test_subregion_index_lists_every_subregion(client, region):
    html = _html(client, "/medlemmer/delregioner/")
    assert "4 delregioner" in html
    assert html.count('<div class="ds-card">') == 4
    for title in region.subregions:
        assert f">{title}<" in html


def test_former_member_keeps_its_page_but_leaves_list_and_map(client, region):
    MunicipalityPage.objects.filter(slug="asker").update(member_until=date(2025, 1, 1))
    html = _html(client, MEMBERS)
    assert f"{len(MUNICIPALITIES) - 1} medlemskommuner" in html
    assert "Asker" not in _listed_names(html)
    assert 'href="/medlemmer/asker/"' not in html
    page = _html(client, "/medlemmer/asker/")
    assert "Tidligere medlem" in page and "1. januar 2025" in page
    subregion = _html(client, "/medlemmer/delregioner/asker-og-baerum/")
    assert 'href="/medlemmer/asker/"' not in subregion
    assert 'href="/medlemmer/baerum/"' in subregion


@pytest.mark.parametrize("path", [MEMBERS, f"{MEMBERS}?gruppering=delregion"])
def test_the_member_list_costs_the_same_for_5_or_17_municipalities(warm_client, region, path):
    many = count_queries(warm_client, path)
    keep = ["oslo", "asker", "jevnaker", "elverum", "halden"]
    MunicipalityPage.objects.exclude(slug__in=keep).update(member_until=date(2020, 1, 1))
    content_changed()  # update() skips the signals that an editor's save sends
    assert "5 medlemskommuner" in warm_client.get(MEMBERS).content.decode()
    assert count_queries(warm_client, path) == many


def test_the_subregion_list_costs_the_same_for_4_or_12_subregions(warm_client, region):
    few = count_queries(warm_client, "/medlemmer/delregioner/")
    subregion_index, index = fresh(region.subregion_index), fresh(region.index)
    for _ in range(8):
        subregion = SubRegionPageFactory(parent=subregion_index)
        municipality = MunicipalityPageFactory(parent=index)
        municipality.subregions.set([subregion])
        municipality.save()
    html = warm_client.get("/medlemmer/delregioner/").content.decode()
    assert "12 delregioner" in html
    assert count_queries(warm_client, "/medlemmer/delregioner/") == few


@pytest.mark.parametrize(
    ("path", "model"),
    [
        ("/medlemmer/asker/", "MunicipalityPage"),
        ("/medlemmer/delregioner/", "SubRegionIndexPage"),
        ("/medlemmer/delregioner/oslo/", "SubRegionPage"),
    ],
)
def test_routing_serves_the_specific_page(client, region, path, model):
    response = client.get(path)
    assert response.status_code == 200
    assert type(response.context["page"]).__name__ == model


def test_draft_children_are_not_served(client, region):
    MunicipalityPage.objects.filter(slug="asker").update(live=False)
    assert client.get("/medlemmer/asker/").status_code == 404
    assert client.get("/medlemmer/asker/ekstra/").status_code == 404


def test_subregion_page_shows_who_holds_its_board_seat(client, region):
    """The seat comes from the governance memberships (subregion.memberships), not plain text."""
    hadeland = region.subregions["Hadelandsregionen"]
    board = OrganPageFactory(title="Styret")
    person = PersonFactory(name="Hanne Hadeland")
    MembershipFactory(organ=board, person=person, role=Role.MEMBER, represents_subregion=hadeland)
    html = _html(client, hadeland.url)
    assert "Hanne Hadeland" in html
    assert "Hanne Hadeland" not in hadeland.intro
    assert "Hanne Hadeland" not in _html(client, "/medlemmer/delregioner/ringeriksregionen/")
