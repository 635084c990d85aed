"""The files at /data/<dataset>.csv and .json: they parse back, carry the declared columns and
the licence, answer bad input with a 404 (never a 500) and get the site's public cache headers."""

import json

import pytest

from osloregionen.opendata.dataset import LICENCE_URL, TYPES
from osloregionen.opendata.registry import DATASETS
from reports.models import PublicationIndexPage
from tests.factories import PublicationPageFactory

from .helpers import csv_rows, json_file, make_document

# Read from the seeded site (the 65 members, the board, the 2024 events and publications).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

SLUGS = [dataset.slug for dataset in DATASETS]


@pytest.mark.parametrize("dataset", DATASETS, ids=SLUGS)
def test_the_csv_parses_back_with_the_declared_columns(client, dataset):
    header, rows = csv_rows(client, dataset.slug)
    assert header == dataset.column_names
    assert rows, f"{dataset.slug}: no rows from the seed content"


@pytest.mark.parametrize("dataset", DATASETS, ids=SLUGS)
def test_the_json_is_the_same_rows_with_the_metadata(client, dataset):
    data = json_file(client, dataset.slug)
    assert set(data) == {"metadata", "items"}
    metadata, items = data["metadata"], data["items"]
    assert metadata["dataset"] == dataset.slug
    assert metadata["license"] == LICENCE_URL
    assert metadata["url"] == f"http://testserver/data/{dataset.slug}.json"
    assert metadata["csv_url"] == f"http://testserver/data/{dataset.slug}.csv"
    assert metadata["source"].startswith("http://testserver/")
    assert metadata["modified"] and "T" in metadata["modified"]
    assert metadata["count"] == len(items)
    assert [column["name"] for column in metadata["columns"]] == dataset.column_names
    assert all(column["type"] in TYPES for column in metadata["columns"])
    assert all(list(item) == dataset.column_names for item in items)
    _header, rows = csv_rows(client, dataset.slug)
    assert len(rows) == len(items)


def test_csv_is_utf8_without_bom_with_a_file_name(client):
    response = client.get("/data/medlemmer.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8; header=present"
    assert response["Content-Disposition"] == 'attachment; filename="osloregionen-medlemmer.csv"'
    assert not response.content.startswith(b"\xef\xbb\xbf")
    assert "Bærum".encode() in response.content
    assert response.content.split(b"\n", 1)[0].endswith(b"\r")  # RFC 4180 line ends


def test_json_is_served_as_json_with_a_file_name(client):
    response = client.get("/data/medlemmer.json")
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == 'inline; filename="osloregionen-medlemmer.json"'
    assert "Bærum" in response.content.decode("utf-8")  # not \u-escaped


def test_the_members_are_the_65_seeded_municipalities(client):
    _header, rows = csv_rows(client, "medlemmer")
    assert len(rows) == 65
    oslo = next(row for row in rows if row["municipality_number"] == "0301")
    assert oslo["name"] == "Oslo"
    assert oslo["county"] == "Oslo"
    assert oslo["url"] == "http://testserver/medlemmer/oslo/"
    assert [row["municipality_number"] for row in rows] == sorted(
        row["municipality_number"] for row in rows
    )
    items = json_file(client, "medlemmer")["items"]
    asker = next(item for item in items if item["name"] == "Asker")
    assert isinstance(asker["subregions"], list) and asker["subregions"]
    assert isinstance(asker["latitude"], float)


def test_lists_are_joined_in_csv_and_arrays_in_json(client):
    items = json_file(client, "arrangementer")["items"]
    _header, rows = csv_rows(client, "arrangementer")
    for item, row in zip(items, rows, strict=True):
        assert row["organisers"] == "; ".join(item["organisers"])
        assert row["all_day"] in ("true", "false")
        assert row["start"] == item["start"]


def test_event_times_carry_the_norwegian_offset(client):
    items = json_file(client, "arrangementer")["items"]
    assert all(item["start"][-6:] in ("+01:00", "+02:00") for item in items)


def test_publications_give_the_document_type_and_size(client):
    document = make_document("horingssvar.pdf")
    PublicationPageFactory(
        parent=PublicationIndexPage.objects.get(slug="publikasjoner"),
        title="Høringssvar med fil",
        document=document,
    )
    rows = {item["title"]: item for item in json_file(client, "publikasjoner")["items"]}
    row = rows["Høringssvar med fil"]
    assert row["document_url"].startswith("http://testserver/documents/")
    assert row["document_type"] == "PDF"
    assert row["document_media_type"] == "application/pdf"
    assert row["document_size"] == document.file_size > 0


def test_the_key_figures_and_survey_are_the_annual_reports(client):
    figures = json_file(client, "nokkeltall")["items"]
    assert {"value": "65", "unit": "kommuner"}.items() <= figures[0].items()
    assert figures[0]["report_year"] == 2024 and figures[0]["position"] == 1
    survey = json_file(client, "medlemsundersokelse")["items"]
    assert all(isinstance(row["percent"], int) and 0 <= row["percent"] <= 100 for row in survey)
    assert {row["group"] for row in survey} >= {"Prioriterte utfordringer"}


@pytest.mark.parametrize(
    "url",
    [
        "/data/finnes-ikke.csv",
        "/data/medlemmer.xml",
        "/data/medlemmer.CSV",
        "/data/medlemmer.csv.json",
        "/data/%C3%A6.json",
        "/en/data/",
        "/en/data/medlemmer.csv",
    ],
)
def test_unknown_datasets_formats_and_languages_are_not_found(client, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "query", ["page=2", "format=xml&x=1", "q=%27%20OR%201=1", "limit=999999999999", "a[]=1&&="]
)
def test_odd_query_strings_are_ignored(client, query):
    plain = client.get("/data/organer.json").content
    assert client.get(f"/data/organer.json?{query}").content == plain
    assert client.get(f"/data/?{query}").status_code == 200


def test_only_get_and_head(client):
    assert client.head("/data/medlemmer.csv").status_code == 200
    assert client.post("/data/medlemmer.csv").status_code == 405


@pytest.mark.parametrize("url", ["/data/", "/data/medlemmer.csv", "/data/medlemmer.json"])
def test_the_site_s_public_cache_headers(client, url):
    response = client.get(url)
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=60", "s-maxage=600"}
    assert not response.cookies


def test_the_files_do_not_vary_on_cookies(client):
    # The catalogue varies on Cookie like every page (the editors' user bar reads the session).
    for url in ("/data/medlemmer.csv", "/data/medlemmer.json"):
        assert "cookie" not in client.get(url).get("Vary", "").lower()


def test_a_logged_in_editor_gets_private_files(admin_client):
    assert admin_client.get("/data/medlemmer.csv")["Cache-Control"] == "private, no-store"


def test_the_files_have_last_modified_the_licence_and_a_304(client):
    response = client.get("/data/medlemmer.json")
    assert response["Last-Modified"].endswith(" GMT")
    assert f'<{LICENCE_URL}>; rel="license"' in response["Link"]
    again = client.get("/data/medlemmer.json", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_scripts_on_other_sites_may_read_the_files_but_not_the_catalogue(client):
    origin = {"HTTP_ORIGIN": "https://example.org"}
    assert client.get("/data/medlemmer.json", **origin)["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Origin" not in client.get("/data/", **origin)


def test_absolute_urls_use_the_configured_address(client, configured_site):
    data = json_file(client, "arrangementer")
    address = "https://www.osloregionen.example/"
    assert data["metadata"]["url"] == address + "data/arrangementer.json"
    assert data["metadata"]["source"] == address + "arrangementer/"
    assert all(item["url"].startswith(address) for item in data["items"])
    assert json.dumps(data).count("testserver") == 0
