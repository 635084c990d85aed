import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.models import MunicipalityPage, SubRegionPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def _html(client, path) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def _listed_names(html: str) -> list[str]:
    """The municipality links in the grouped list (not the map)."""
    lists = re.findall(r'<ul class="members-group__list">(.*?)</ul>', html, re.S)
    return [name for block in lists for name in re.findall(r'">([^<]+)</a>', block)]


def test_every_municipality_page_is_routable(client):
    for page in MunicipalityPage.objects.live():
        assert client.get(page.url).status_code == 200, page.url


def test_index_lists_all_65_grouped_by_county(client):
    html = _html(client, "/medlemmer/")
    assert html.count("<h1") == 1
    assert "65 medlemskommuner" in html
    for county, count in [
        ("Oslo", "1 kommune"),
        ("Akershus", "21 kommuner"),
        ("Buskerud", "10 kommuner"),
        ("Østfold", "12 kommuner"),
        ("Innlandet", "17 kommuner"),
        ("Vestfold", "2 kommuner"),
        ("Telemark", "2 kommuner"),
    ]:
        assert re.search(rf">\s*{county}\s*<span[^>]*>\s*\({count}\)", html), county
    assert len(_listed_names(html)) == 65


def test_index_sorts_in_norwegian_order(client):
    names = _listed_names(_html(client, "/medlemmer/"))
    akershus = names[1:22]
    assert akershus[-3:] == ["Ullensaker", "Vestby", "Ås"]


def test_index_groups_by_subregion(client):
    html = _html(client, "/medlemmer/?gruppering=delregion")
    assert 'href="/medlemmer/delregioner/hadelandsregionen/"' in html
    # Jevnaker is listed under both of its delregioner; Elverum under none.
    assert _listed_names(html).count("Jevnaker") == 2
    assert "Uten delregion" in html
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
def test_name_filter_is_case_insensitive_with_norwegian_letters(client, query, expected):
    html = _html(client, f"/medlemmer/?q={query}")
    assert _listed_names(html) == expected
    assert f"passer søket «{query.strip()}»" in html


def test_name_filter_without_match_is_friendly(client):
    html = _html(client, "/medlemmer/?q=Stockholm")
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
def test_odd_input_never_fails(client, query):
    assert client.get("/medlemmer/" + query).status_code == 200


def test_unknown_grouping_keeps_the_name_filter(client):
    html = _html(client, "/medlemmer/?q=toten&gruppering=ukjent")
    assert _listed_names(html) == ["Vestre Toten", "Østre Toten"]


def test_overlong_query_is_shortened_not_ignored(client):
    html = _html(client, "/medlemmer/?q=" + "x" * 300)
    assert "0 kommuner passer søket «" + "x" * 100 + "»" in html


def test_announced_exit_is_not_yet_a_former_member(client):
    MunicipalityPage.objects.filter(slug="asker").update(member_until=date(2099, 12, 31))
    page = _html(client, "/medlemmer/asker/")
    assert "Tidligere medlem" not in page
    assert "Medlem til" in page and "31. desember 2099" in page
    assert "Asker" in _listed_names(_html(client, "/medlemmer/"))


def test_unknown_slugs_are_404(client):
    assert client.get("/medlemmer/finnes-ikke/").status_code == 404
    assert client.get("/medlemmer/delregioner/finnes-ikke/").status_code == 404


def test_municipality_page_shows_its_facts(client):
    html = _html(client, "/medlemmer/asker/")
    assert html.count("<h1") == 1
    for text in ["Asker kommune", "Akershus", "3203", 'href="https://www.asker.kommune.no"']:
        assert text in html
    assert 'href="/medlemmer/delregioner/asker-og-baerum/">Asker og Bærum</a>' in html
    assert '"@type": "AdministrativeArea"' in html


def test_jevnaker_links_to_both_subregions(client):
    html = _html(client, "/medlemmer/jevnaker/")
    assert "Delregioner" in html
    assert 'href="/medlemmer/delregioner/hadelandsregionen/"' in html
    assert 'href="/medlemmer/delregioner/ringeriksregionen/"' in html


def test_elverum_shows_member_since(client):
    html = _html(client, "/medlemmer/elverum/")
    assert "Medlem fra" in html and "1. januar 2024" in html
    assert "Ikke knyttet til en delregion" in html


def test_subregion_page_lists_its_municipalities(client):
    html = _html(client, "/medlemmer/delregioner/hadelandsregionen/")
    assert html.count("<h1") == 1
    assert "3 medlemskommuner" in html
    for slug in ("gran", "jevnaker", "lunner"):
        assert f'href="/medlemmer/{slug}/"' in html


def test_oslo_municipality_and_subregion_are_different_pages(client):
    municipality = _html(client, "/medlemmer/oslo/")
    subregion = _html(client, "/medlemmer/delregioner/oslo/")
    assert "Kommunenummer" in municipality and "0301" in municipality
    assert "1 medlemskommune" in subregion
    assert 'href="/medlemmer/oslo/"' in subregion


def test_subregion_index_lists_sixteen(client):
    html = _html(client, "/medlemmer/delregioner/")
    assert "16 delregioner" in html
    assert html.count('<div class="ds-card">') == 16


def test_former_member_keeps_its_page_but_leaves_list_and_map(client):
    MunicipalityPage.objects.filter(slug="asker").update(member_until=date(2025, 1, 1))
    html = _html(client, "/medlemmer/")
    assert "64 medlemskommuner" in html
    assert "Asker" not in _listed_names(html)
    assert 'href="/medlemmer/asker/"' not in html
    page = _html(client, "/medlemmer/asker/")
    assert "Tidligere medlem" in page and "1. januar 2025" in page
    subregion = _html(client, "/medlemmer/delregioner/asker-og-baerum/")
    assert 'href="/medlemmer/asker/"' not in subregion


def _query_count(client, path) -> int:
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "path", ["/medlemmer/", "/medlemmer/?gruppering=delregion", "/medlemmer/delregioner/"]
)
def test_listings_cost_the_same_for_5_or_65_municipalities(warm_client, path):
    with_65 = _query_count(warm_client, path)
    keep = ["oslo", "asker", "jevnaker", "elverum", "halden"]
    MunicipalityPage.objects.exclude(slug__in=keep).update(member_until=date(2020, 1, 1))
    html = warm_client.get("/medlemmer/").content.decode()
    assert "5 medlemskommuner" in html
    assert _query_count(warm_client, path) == with_65


@pytest.mark.parametrize(
    ("path", "model"),
    [
        ("/medlemmer/asker/", "MunicipalityPage"),
        ("/medlemmer/delregioner/", "SubRegionIndexPage"),
        ("/medlemmer/delregioner/oslo/", "SubRegionPage"),
    ],
)
def test_routing_serves_the_specific_page(client, path, model):
    response = client.get(path)
    assert response.status_code == 200
    assert type(response.context["page"]).__name__ == model


def test_draft_children_are_not_served(client):
    MunicipalityPage.objects.filter(slug="asker").update(live=False)
    assert client.get("/medlemmer/asker/").status_code == 404
    assert client.get("/medlemmer/asker/ekstra/").status_code == 404


def test_subregion_page_shows_who_holds_its_board_seat(client):
    """The seat comes from the governance memberships (subregion.memberships), not plain text."""
    html = _html(client, "/medlemmer/delregioner/hadelandsregionen/")
    assert "Harald Tyrdal" in html
    assert "Harald Tyrdal" not in SubRegionPage.objects.get(slug="hadelandsregionen").intro
