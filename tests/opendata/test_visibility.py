"""Only what a visitor may see: no draft, private or expired page, no unpublished person or party,
no document from a restricted collection, in any file."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from governance.models import Membership, OrganisationIndexPage
from members.models import MunicipalityIndexPage, SubRegionIndexPage
from reports.models import KeyFigure, PublicationIndexPage
from tests.factories import (
    AnnualReportPageFactory,
    EventPageFactory,
    MunicipalityPageFactory,
    OrganPageFactory,
    PartyFactory,
    PersonFactory,
    PublicationPageFactory,
    SubRegionPageFactory,
)

from .helpers import csv_rows, json_file, make_document

# Read from the seeded site (the 65 members, the board, the 2024 events and publications).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


@pytest.fixture
def member_index(db):
    return MunicipalityIndexPage.objects.get(slug="medlemmer")


def _restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="hemmelig")


def _names(client, slug, column):
    return {row[column] for row in csv_rows(client, slug)[1]}


def test_draft_private_and_expired_municipalities_are_left_out(client, member_index):
    shown = MunicipalityPageFactory(parent=member_index, title="Synligby")
    draft = MunicipalityPageFactory(parent=member_index, title="Kladdeby")
    draft.unpublish()
    private = MunicipalityPageFactory(parent=member_index, title="Lukketby")
    _restrict(private)
    expired = MunicipalityPageFactory(parent=member_index, title="Utløptby")
    expired.expire_at = timezone.now() - datetime.timedelta(hours=1)
    expired.save()
    for names in (
        _names(client, "medlemmer", "name"),
        {item["name"] for item in json_file(client, "medlemmer")["items"]},
    ):
        assert shown.title in names
        assert not names & {draft.title, private.title, expired.title}


def test_a_member_names_only_its_public_subregions(client, member_index):
    subregion_index = SubRegionIndexPage.objects.child_of(member_index).first()
    public = SubRegionPageFactory(parent=subregion_index, title="Åpenregionen")
    private = SubRegionPageFactory(parent=subregion_index, title="Lukketregionen")
    _restrict(private)
    draft = SubRegionPageFactory(parent=subregion_index, title="Kladderegionen")
    draft.unpublish()
    municipality = MunicipalityPageFactory(parent=member_index, title="Delby")
    municipality.subregions.set([public, private, draft])
    municipality.save()
    row = next(r for r in json_file(client, "medlemmer")["items"] if r["name"] == "Delby")
    assert row["subregions"] == ["Åpenregionen"]


def test_memberships_of_hidden_organs_and_people_are_left_out(client, member_index):
    organisation = OrganisationIndexPage.objects.get(slug="organisasjon")
    organ = OrganPageFactory(parent=organisation, title="Åpent utvalg")
    private_organ = OrganPageFactory(parent=organisation, title="Lukket utvalg")
    _restrict(private_organ)
    draft_organ = OrganPageFactory(parent=organisation, title="Utvalg i kladd")
    draft_organ.unpublish()
    hidden_home = MunicipalityPageFactory(parent=member_index, title="Skjultby")
    _restrict(hidden_home)
    shown = PersonFactory(name="Synlig Person", party=PartyFactory(abbreviation="Upub", live=False))
    shown.municipality = hidden_home
    shown.save()
    unpublished = PersonFactory(name="Upublisert Person", live=False)
    for target, person in (
        (organ, shown),
        (organ, unpublished),
        (private_organ, shown),
        (draft_organ, shown),
    ):
        Membership.objects.create(organ=target, person=person, represents_municipality=hidden_home)
    rows = [
        r
        for r in json_file(client, "organer")["items"]
        if r["person"] in {shown.name, unpublished.name}
    ]
    assert [(r["organ"], r["person"]) for r in rows] == [("Åpent utvalg", "Synlig Person")]
    row = rows[0]
    assert row["party"] == row["party_name"] == ""  # the party is not published
    assert row["municipality"] == row["represents"] == ""  # nor is the municipality


def test_draft_and_private_events_and_publications_are_left_out(client):
    events = [EventPageFactory(title=f"Arrangement {n}") for n in ("synlig", "kladd", "lukket")]
    events[1].unpublish()
    _restrict(events[2])
    assert {"Arrangement synlig"} == _names(client, "arrangementer", "title") & {
        event.title for event in events
    }
    library = PublicationIndexPage.objects.get(slug="publikasjoner")
    publications = [
        PublicationPageFactory(parent=library, title=f"Publikasjon {n}")
        for n in ("synlig", "kladd")
    ]
    publications[1].unpublish()
    titles = _names(client, "publikasjoner", "title")
    assert "Publikasjon synlig" in titles and "Publikasjon kladd" not in titles


def test_an_event_does_not_name_a_private_municipality(client, member_index):
    hidden = MunicipalityPageFactory(parent=member_index, title="Hemmeligby")
    _restrict(hidden)
    EventPageFactory(title="Arrangement i skjult kommune", municipality=hidden, venue="Torget")
    row = next(
        r
        for r in json_file(client, "arrangementer")["items"]
        if r["title"] == "Arrangement i skjult kommune"
    )
    assert row["municipality"] == row["municipality_number"] == ""
    assert "Hemmeligby" not in row["place"]


def test_a_document_in_a_restricted_collection_is_not_linked(client):
    root = Collection.get_first_root_node()
    internal = root.add_child(name="Interne dokumenter")
    CollectionViewRestriction.objects.create(collection=internal, restriction_type="login")
    library = PublicationIndexPage.objects.get(slug="publikasjoner")
    PublicationPageFactory(
        parent=library, title="Med intern fil", document=make_document("intern.pdf", internal)
    )
    PublicationPageFactory(
        parent=library, title="Med åpen fil", document=make_document("apen.pdf", root)
    )
    rows = {r["title"]: r for r in json_file(client, "publikasjoner")["items"]}
    assert rows["Med åpen fil"]["document_url"]
    internal_row = rows["Med intern fil"]
    assert internal_row["document_url"] == internal_row["document_type"] == ""
    assert internal_row["document_size"] is None


def test_key_figures_of_a_draft_annual_report_are_left_out(client):
    library = PublicationIndexPage.objects.get(slug="publikasjoner")
    draft = AnnualReportPageFactory(parent=library, title="Årsrapport i kladd", report_year=2030)
    KeyFigure.objects.create(report=draft, value="99", unit="kladder", label="Hemmelig tall")
    draft.unpublish()
    assert "Hemmelig tall" not in _names(client, "nokkeltall", "label")
    assert "Årsrapport i kladd" not in _names(client, "medlemsundersokelse", "report")
