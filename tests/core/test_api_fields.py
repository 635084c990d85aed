"""API v2 with typed fields: real responses of every page type checked against the site's own
OpenAPI document; no draft or restricted page in listing, detail, find or another page's field;
bad parameters answered with 400 and a JSON message."""

import datetime

import jsonschema
import pytest
from django.core.files.base import ContentFile
from openapi_spec_validator import validate
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from governance.models import Role
from osloregionen.core.openapi import page_models, type_name
from tests.factories import (
    PAGE_FACTORIES,
    EventPageFactory,
    HomePageFactory,
    MembershipFactory,
    MunicipalityPageFactory,
    OrganPageFactory,
    PublicationPageFactory,
    SubRegionPageFactory,
)
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_of_each(home_page):
    """A live page of every page type (the home page is the site's)."""
    return [factory() for factory in PAGE_FACTORIES if factory is not HomePageFactory]


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


def test_every_page_type_answers_as_documented(client, document, one_of_each):
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
    assert len(checked) == len(page_models()) >= 18


def test_a_municipality_has_its_number_county_delregion_and_representatives(client):
    subregion = SubRegionPageFactory(title="Nedre Romerike")
    page = MunicipalityPageFactory(title="Lørenskog", municipality_number="3222")
    page.subregions.set([subregion])
    page.save()
    board = OrganPageFactory(title="Styret")
    MembershipFactory(organ=board, represents_subregion=subregion, person__name="Ragnhild Ro")
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["municipality_number"] == "3222"
    assert data["county"] == {"value": "akershus", "label": "Akershus"}
    assert [ref["title"] for ref in data["subregions"]] == ["Nedre Romerike"]
    seats = [r for r in data["representatives"] if r["organ"]["title"] == "Styret"]
    assert len(seats) == 1
    assert seats[0]["represents_subregion"]["title"] == "Nedre Romerike"
    assert seats[0]["person"]["name"] == "Ragnhild Ro"


def test_an_event_has_times_with_time_zone_place_and_organisers(client):
    event = EventPageFactory(
        venue="Oslo rådhus", organisers="Osloregionen IPR\nUngt Entreprenørskap", kind="finale"
    )
    data = client.get(f"/api/v2/pages/{event.pk}/").json()
    assert data["start"][-6:] in ("+01:00", "+02:00")
    assert data["organisers"] == ["Osloregionen IPR", "Ungt Entreprenørskap"]
    assert data["place"] == event.place == "Oslo rådhus"
    assert data["kind"]["label"] == "Finale"


def test_an_organ_lists_its_composition_with_roles_and_periods(client):
    board = OrganPageFactory(title="Styret")
    MembershipFactory(organ=board, role=Role.LEADER, start_date=datetime.date(2023, 11, 1))
    MembershipFactory(organ=board, role=Role.MEMBER)
    data = client.get(f"/api/v2/pages/{board.pk}/").json()
    rows = {row["role"]["label"]: row for row in data["memberships"]}
    assert set(rows) == {"Leder", "Medlem"}
    assert (rows["Leder"]["start_date"], rows["Leder"]["end_date"]) == ("2023-11-01", None)
    assert all("start_date" in row and "end_date" in row for row in data["memberships"])


def test_a_publication_has_its_document_type_and_size(client):
    document = get_document_model().objects.create(
        title="Handlingsplan", file=ContentFile(b"%PDF" + b"0" * 2000, name="plan.pdf")
    )
    publication = PublicationPageFactory(kind="handlingsplan", document=document)
    PublicationPageFactory(parent=publication.get_parent(), kind="rapport")
    response = client.get(
        "/api/v2/pages/", {"type": "reports.PublicationPage", "fields": "document,kind,date"}
    )
    items = response.json()["items"]
    assert sorted(item["kind"]["value"] for item in items) == ["handlingsplan", "rapport"]
    (with_file,) = [item["document"] for item in items if item["document"]]
    assert with_file["url"].startswith("http")
    assert with_file["file_type"]


def hidden_ids(client, **params) -> set:
    response = client.get("/api/v2/pages/", {"limit": 100, **params})
    return {item["id"] for item in response.json()["items"]}


@pytest.mark.indexed
def test_drafts_and_restricted_pages_never_appear(client):
    draft = EventPageFactory(title="Seminaret som trekkes")
    subregion = SubRegionPageFactory(title="Nedre Romerike")
    private = MunicipalityPageFactory(title="Lørenskog")
    public = MunicipalityPageFactory(parent=private.get_parent(), title="Lillestrøm")
    for municipality in (private, public):
        municipality.subregions.set([subregion])
        municipality.save()
    assert draft.pk in hidden_ids(client, type="events.EventPage")
    assert private.pk in hidden_ids(client, type="members.MunicipalityPage")
    draft.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    for page in (draft, private):
        model = type_name(type(page))
        assert page.pk not in hidden_ids(client, type=model)
        assert page.pk not in hidden_ids(client, type=model, offset=0, search=page.title[:6])
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
        assert client.get("/api/v2/pages/find/", {"id": page.pk}).status_code == 404
        assert client.get("/api/v2/pages/find/", {"html_path": page.url}).status_code == 404
    # Nor through another page's field: the delregion no longer names the private municipality.
    data = client.get(f"/api/v2/pages/{subregion.pk}/").json()
    assert {ref["id"] for ref in data["municipalities"]} == {public.pk}


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
def test_bad_parameters_get_400_with_a_json_message(client, home_page, url, params):
    response = client.get(url, params)
    assert response.status_code == 400
    assert response.json()["message"]


def test_a_huge_id_is_not_found(client, home_page):
    response = client.get("/api/v2/pages/99999999999999999999/")
    assert response.status_code == 404


def test_cors_is_open_for_get_on_the_api_only(client, home_page):
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
    "factory", [MunicipalityPageFactory, EventPageFactory, OrganPageFactory], ids=str
)
def test_listing_queries_do_not_grow_with_the_page_size(client, factory):
    first = factory()
    for _ in range(19):
        factory(parent=first.get_parent())
    MembershipFactory.create_batch(3, organ=OrganPageFactory())  # seats in every listing
    url = f"/api/v2/pages/?type={type_name(factory._meta.model)}&fields=*&limit="
    assert len(client.get(f"{url}5").json()["items"]) == 5
    assert len(client.get(f"{url}20").json()["items"]) == 20
    assert count_queries(client, f"{url}5", warm=True) == count_queries(client, f"{url}20")


def test_documents_in_a_private_collection_are_not_listed(client, home_page):
    """The site's document model (``core.SiteDocument``), not Wagtail's own ``Document``."""
    from wagtail.models import Collection, CollectionViewRestriction

    Document = get_document_model()

    private = Collection.get_first_root_node().add_child(name="Styredokumenter (internt)")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type="password", password="x"
    )
    document = Document.objects.create(title="Internt notat", collection=private, file="x.pdf")
    public = Document.objects.create(title="Offentlig notat", file="y.pdf")
    response = client.get("/api/v2/documents/", {"limit": 100})
    assert {item["id"] for item in response.json()["items"]} == {public.pk}
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404
    assert client.get(f"/api/v2/documents/{public.pk}/").status_code == 200
