"""The catalogue at /data/ and the pages that link a dataset: the links, the licence, and the
schema.org Dataset JSON-LD (valid JSON, the licence, the organisation, one download per file)."""

import re

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Site

from osloregionen.core.site_settings import SiteSettings
from osloregionen.opendata.dataset import LICENCE_URL
from osloregionen.opendata.registry import DATASETS

from .helpers import datasets_in, json_ld_blocks

# Read from the seeded site (the 65 members, the board, the 2024 events and publications).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

PAGES = {
    "/medlemmer/": ["medlemmer"],
    "/organisasjon/": ["organer"],
    "/arrangementer/": ["arrangementer"],
    "/arrangementer/tidligere/": ["arrangementer"],
    "/publikasjoner/": ["publikasjoner"],
    "/publikasjoner/arsrapport-2024/": ["nokkeltall", "medlemsundersokelse"],
}


def _html(client, url: str) -> str:
    """The page with its whitespace runs collapsed, so attributes on several lines compare."""
    response = client.get(url)
    assert response.status_code == 200, url
    return " ".join(response.content.decode().split())


def _check_dataset(data: dict, slug: str, address: str = "http://testserver") -> None:
    assert data["license"] == LICENCE_URL
    assert data["creator"]["@type"] == "GovernmentOrganization"
    assert data["creator"]["name"] == "Osloregionen IPR"
    assert data["dateModified"][:4].isdigit()
    assert len(data["description"]) >= 50  # Google's lower bound for a Dataset description
    downloads = {d["encodingFormat"]: d["contentUrl"] for d in data["distribution"]}
    assert all(d["@type"] == "DataDownload" for d in data["distribution"])
    assert downloads == {
        "text/csv": f"{address}/data/{slug}.csv",
        "application/json": f"{address}/data/{slug}.json",
    }


@pytest.mark.parametrize("url, slugs", PAGES.items(), ids=list(PAGES))
def test_pages_link_their_datasets_with_dataset_json_ld(client, url, slugs):
    html = _html(client, url)
    section = html[html.index('class="open-data-links"') :]
    for slug in slugs:
        assert f'href="http://testserver/data/{slug}.csv"' in section
        assert f'href="http://testserver/data/{slug}.json"' in section
    assert f'href="{LICENCE_URL}" rel="license">NLOD 2.0</a>' in section
    assert 'href="/data/"' in section
    datasets = datasets_in(html)
    assert [data["distribution"][0]["contentUrl"].rsplit("/", 1)[1] for data in datasets] == [
        f"{slug}.csv" for slug in slugs
    ]
    for data, slug in zip(datasets, slugs, strict=True):
        assert data["@context"] == "https://schema.org"
        assert data["includedInDataCatalog"]["url"] == "http://testserver/data/"
        _check_dataset(data, slug)


def test_the_page_s_own_json_ld_comes_first(client):
    blocks = json_ld_blocks(_html(client, "/publikasjoner/arsrapport-2024/"))
    assert blocks[0]["@type"] == "Report"
    assert [block["@type"] for block in blocks[1:]] == ["Dataset", "Dataset"]


def test_the_catalogue_lists_every_dataset_with_its_columns_and_licence(client):
    html = _html(client, "/data/")
    assert "<h1" in html and "Åpne data" in html
    for dataset in DATASETS:
        section = html[html.index(f'id="{dataset.slug}"') :]
        assert "<h2" in section[:300] and str(dataset.title) in section[:400]
        assert f'href="http://testserver/data/{dataset.slug}.csv"' in section
        assert f'href="http://testserver/data/{dataset.slug}.json"' in section
        for column in dataset.columns:
            assert f"<code>{column.name}</code>" in section
    assert f'<a class="ds-link" href="{LICENCE_URL}" rel="license">' in html
    assert "Norsk lisens for offentlige data (NLOD) 2.0" in html
    assert '<link rel="canonical" href="http://testserver/data/">' in html
    stamps = re.findall(r'<time datetime="([^"]+)">', html)
    assert len(stamps) == len(DATASETS)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", s) for s in stamps)


def test_the_catalogue_links_the_page_of_each_dataset(client):
    html = _html(client, "/data/")
    for path in ("/medlemmer/", "/organisasjon/", "/arrangementer/", "/publikasjoner/"):
        assert f'href="http://testserver{path}"' in html
    assert 'href="http://testserver/publikasjoner/arsrapport-2024/"' in html


def test_the_catalogue_has_a_data_catalog_of_datasets(client):
    blocks = json_ld_blocks(_html(client, "/data/"))
    assert len(blocks) == 1
    catalogue = blocks[0]
    assert catalogue["@type"] == "DataCatalog"
    assert catalogue["url"] == "http://testserver/data/"
    assert catalogue["license"] == LICENCE_URL
    assert catalogue["creator"]["name"] == "Osloregionen IPR"
    assert [data["@type"] for data in catalogue["dataset"]] == ["Dataset"] * len(DATASETS)
    for data, dataset in zip(catalogue["dataset"], DATASETS, strict=True):
        assert data["url"] == f"http://testserver/data/#{dataset.slug}"
        _check_dataset(data, dataset.slug)


def test_json_ld_cannot_close_its_script_element(client):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.organisation_name = "Osloregionen </script><script>alert(1)</script>"
    settings.save()
    html = _html(client, "/medlemmer/")
    assert "<script>alert(1)" not in html
    assert datasets_in(html)[0]["creator"]["name"].startswith("Osloregionen </script>")


def test_absolute_urls_use_the_configured_address(client, configured_site):
    address = "https://www.osloregionen.example"
    html = _html(client, "/medlemmer/")
    _check_dataset(datasets_in(html)[0], "medlemmer", address)
    catalogue = json_ld_blocks(_html(client, "/data/"))[0]
    assert catalogue["url"] == f"{address}/data/"


def test_an_english_page_links_the_norwegian_files():
    """Until English pages carry the content, an English page's links point at the Norwegian
    files (marked hreflang="nb") and say so."""
    request = RequestFactory().get("/en/")
    template = Template('{% load open_data_tags %}{% open_data_links "medlemmer" %}')
    with translation.override("en"):
        html = template.render(Context({"request": request}))
    assert 'href="http://testserver/data/medlemmer.csv"' in html
    assert 'hreflang="nb"' in html
    assert "Open data" in html and "(in Norwegian)" in html
    assert 'href="https://data.norge.no/nlod/en/2.0"' in html
    assert datasets_in(html)[0]["license"] == LICENCE_URL


def test_unknown_slugs_in_the_tag_are_skipped():
    request = RequestFactory().get("/")
    html = Template('{% load open_data_tags %}{% open_data_links "finnes-ikke" %}').render(
        Context({"request": request})
    )
    assert "open-data-links" not in html and "ld+json" not in html
