"""API v2 with typed fields: real responses of every page type checked against the site's own
OpenAPI document; no draft or restricted page in listing, detail, find or another page's field;
bad parameters answered with 400 and a JSON message."""

import jsonschema
import pytest
from openapi_spec_validator import validate
from wagtail.models import Page, PageViewRestriction

from events.models import EventPage
from members.models import MunicipalityPage, SubRegionPage
from osloregionen.core.openapi import page_models, type_name
from tests.queries import count_queries
from tests.seeded import norwegian

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


@pytest.fixture
def document(client):
    response = client.get("/api/v2/openapi.json")
    assert response.status_code == 200
    return response.json()


def check(document, name: str, instance) -> None:
    schema = {"$ref": f"#/components/schemas/{name}", "components": document["components"]}
    jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(instance)


def test_the_openapi_document_is_valid(document):
    validate(document)
    assert document["info"]["license"]["url"] == "https://data.norge.no/nlod/no/2.0"
    assert document["servers"][0]["url"].endswith("/api/v2")


def test_every_page_type_answers_as_documented(client, document):
    checked = []
    for model in page_models():
        name = type_name(model)
        response = client.get("/api/v2/pages/", {"type": name, "fields": "*", "limit": 100})
        assert response.status_code == 200, name
        listing = response.json()
        if not listing["items"]:
            continue
        check(document, "PageListing", listing)
        for item in listing["items"]:
            # A subtype (an annual report among publications) answers with its own fields.
            check(document, f"{item['meta']['type']}.item", item)
        detail = client.get(f"/api/v2/pages/{listing['items'][0]['id']}/").json()
        check(document, f"{detail['meta']['type']}.detail", detail)
        checked.append(name)
    assert {
        "events.EventPage",
        "members.MunicipalityPage",
        "members.SubRegionPage",
        "governance.OrganPage",
        "governance.MeetingPage",
        "reports.PublicationPage",
        "reports.AnnualReportPage",
        "news.NewsPage",
        "projects.ProjectPage",
        "projects.FocusAreaPage",
    } <= set(checked)
    assert len(checked) >= 18


def test_a_municipality_has_its_number_county_delregion_and_representatives(client):
    page = norwegian(MunicipalityPage).get(slug="lorenskog")
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["municipality_number"] == "3222"
    assert data["county"] == {"value": "akershus", "label": "Akershus"}
    assert [ref["title"] for ref in data["subregions"]] == [s.title for s in page.subregions.all()]
    seats = [r for r in data["representatives"] if r["organ"]["title"] == "Styret"]
    assert seats, "the board seat of Lørenskog's delregion"
    assert seats[0]["represents_subregion"]["title"] == data["subregions"][0]["title"]
    assert seats[0]["person"]["name"]


def test_an_event_has_times_with_time_zone_place_and_organisers(client):
    event = norwegian(EventPage).live().exclude(organisers="").first()
    data = client.get(f"/api/v2/pages/{event.pk}/").json()
    assert data["start"][-6:] in ("+01:00", "+02:00")
    assert data["organisers"] == event.organiser_list
    assert data["place"] == event.place
    assert data["kind"]["label"] == event.get_kind_display()


def test_an_organ_lists_its_composition_with_roles_and_periods(client):
    board = norwegian(Page).get(slug="styret").specific
    data = client.get(f"/api/v2/pages/{board.pk}/").json()
    roles = {row["role"]["label"] for row in data["memberships"]}
    assert "Leder" in roles
    assert all("start_date" in row and "end_date" in row for row in data["memberships"])


def test_a_publication_has_its_document_type_and_size(client):
    response = client.get(
        "/api/v2/pages/", {"type": "reports.PublicationPage", "fields": "document,kind,date"}
    )
    items = response.json()["items"]
    assert all(item["kind"]["value"] for item in items)
    with_file = [item["document"] for item in items if item["document"]]
    for document in with_file:
        assert document["url"].startswith("http")
        assert document["file_type"]


def hidden_ids(client, **params) -> set:
    response = client.get("/api/v2/pages/", {"limit": 100, **params})
    return {item["id"] for item in response.json()["items"]}


def test_drafts_and_restricted_pages_never_appear(client):
    draft = norwegian(EventPage).live().first()
    draft.unpublish()
    private = norwegian(MunicipalityPage).get(slug="lorenskog")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    for page in (draft, private):
        model = type_name(type(page))
        assert page.pk not in hidden_ids(client, type=model)
        assert page.pk not in hidden_ids(client, type=model, offset=0, search=page.title[:6])
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
        assert client.get("/api/v2/pages/find/", {"id": page.pk}).status_code == 404
        assert client.get("/api/v2/pages/find/", {"html_path": page.url}).status_code == 404
    # Nor through another page's field: the delregion no longer names the private municipality.
    subregion = norwegian(SubRegionPage).filter(municipalities=private).first()
    data = client.get(f"/api/v2/pages/{subregion.pk}/").json()
    assert private.pk not in {ref["id"] for ref in data["municipalities"]}


@pytest.mark.parametrize(
    "url,params",
    [
        ("/api/v2/pages/", {"site": "unknown.example"}),
        ("/api/v2/pages/", {"site": "localhost:abc"}),
        ("/api/v2/pages/", {"offset": "99999999999999999999"}),
        ("/api/v2/pages/", {"offset": "²"}),
        ("/api/v2/pages/", {"limit": "-1"}),
        ("/api/v2/pages/", {"search": "a\x00b"}),
        ("/api/v2/pages/", {"locale": "nb\x00"}),
        ("/api/v2/pages/", {"child_of": "99999999999999"}),
        ("/api/v2/pages/", {"descendant_of": "x"}),
        ("/api/v2/pages/find/", {"id": "abc"}),
        ("/api/v2/pages/find/", {"html_path": "/medlemmer/\x00"}),
        ("/api/v2/images/", {"offset": "9" * 30}),
        ("/api/v2/documents/", {"search": "\x00"}),
    ],
)
def test_bad_parameters_get_400_with_a_json_message(client, url, params):
    response = client.get(url, params)
    assert response.status_code == 400
    assert response.json()["message"]


def test_a_huge_id_is_not_found(client):
    response = client.get("/api/v2/pages/99999999999999999999/")
    assert response.status_code == 404


def test_cors_is_open_for_get_on_the_api_only(client):
    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://www.lorenskog.kommune.no")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(
        "/api/v2/pages/",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    assert "Access-Control-Allow-Origin" not in client.get("/", HTTP_ORIGIN="https://example.org")


@pytest.mark.parametrize(
    "model", ["members.MunicipalityPage", "events.EventPage", "governance.OrganPage"]
)
def test_listing_queries_do_not_grow_with_the_page_size(client, model):
    counts = [
        count_queries(client, f"/api/v2/pages/?type={model}&fields=*&limit={limit}", warm=True)
        for limit in (3, 30)
    ]
    assert counts[0] == counts[1]


def test_documents_in_a_private_collection_are_not_listed(client):
    from wagtail.documents.models import Document
    from wagtail.models import Collection, CollectionViewRestriction

    private = Collection.get_first_root_node().add_child(name="Styredokumenter (internt)")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type="password", password="x"
    )
    document = Document.objects.create(title="Internt notat", collection=private, file="x.pdf")
    response = client.get("/api/v2/documents/", {"limit": 100})
    assert document.pk not in {item["id"] for item in response.json()["items"]}
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404
