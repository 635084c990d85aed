"""Only what a visitor may see: no draft, private or expired page, no unpublished person or party,
no document from a restricted collection, in any file. Each test then makes the hidden things
public and finds them in the file, so it cannot pass because they were never there."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from governance.models import Membership, Party, Person
from reports.models import KeyFigure, SurveyResult
from tests.factories import (
    AnnualReportPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    MunicipalityIndexPageFactory,
    MunicipalityPageFactory,
    OrganisationIndexPageFactory,
    OrganPageFactory,
    PartyFactory,
    PersonFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    SubRegionIndexPageFactory,
    SubRegionPageFactory,
)

from .helpers import csv_rows, json_file, make_document

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_index(db):
    return MunicipalityIndexPageFactory(title="Medlemmer", slug="medlemmer")


def _restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="hemmelig")


def _reveal(*pages):
    """The pages public: published, without a view restriction, not expired."""
    for page in pages:
        PageViewRestriction.objects.filter(page=page).delete()
        page = Page.objects.get(pk=page.pk).specific
        page.expire_at = None
        page.save_revision().publish()


def _publish(*snippets):
    for snippet in snippets:
        type(snippet).objects.filter(pk=snippet.pk).update(live=True)


def _names(client, slug, column):
    return {row[column] for row in csv_rows(client, slug)[1]}


def _member_names(client):
    yield _names(client, "medlemmer", "name")
    yield {item["name"] for item in json_file(client, "medlemmer")["items"]}


def test_draft_private_and_expired_municipalities_are_left_out(client, member_index):
    shown = MunicipalityPageFactory(parent=member_index, title="Synligby")
    draft = MunicipalityPageFactory(parent=member_index, title="Kladdeby")
    draft.unpublish()
    private = MunicipalityPageFactory(parent=member_index, title="Lukketby")
    _restrict(private)
    expired = MunicipalityPageFactory(parent=member_index, title="Utløptby")
    expired.expire_at = timezone.now() - datetime.timedelta(hours=1)
    expired.save()
    hidden = {draft.title, private.title, expired.title}
    for names in _member_names(client):
        assert shown.title in names
        assert not names & hidden
    _reveal(draft, private, expired)
    for names in _member_names(client):
        assert names == hidden | {shown.title}


def test_a_member_names_only_its_public_subregions(client, member_index):
    subregion_index = SubRegionIndexPageFactory(parent=member_index)
    public = SubRegionPageFactory(parent=subregion_index, title="Åpenregionen")
    private = SubRegionPageFactory(parent=subregion_index, title="Lukketregionen")
    _restrict(private)
    draft = SubRegionPageFactory(parent=subregion_index, title="Kladderegionen")
    draft.unpublish()
    municipality = MunicipalityPageFactory(parent=member_index, title="Delby")
    municipality.subregions.set([public, private, draft])
    municipality.save()

    def subregions():
        [row] = json_file(client, "medlemmer")["items"]
        assert row["name"] == "Delby"
        return row["subregions"]

    assert subregions() == ["Åpenregionen"]
    _reveal(private, draft)
    assert subregions() == ["Kladderegionen", "Lukketregionen", "Åpenregionen"]


def test_memberships_of_hidden_organs_and_people_are_left_out(client, member_index):
    organisation = OrganisationIndexPageFactory()
    organ = OrganPageFactory(parent=organisation, title="Åpent utvalg")
    private_organ = OrganPageFactory(parent=organisation, title="Lukket utvalg")
    _restrict(private_organ)
    draft_organ = OrganPageFactory(parent=organisation, title="Utvalg i kladd")
    draft_organ.unpublish()
    hidden_home = MunicipalityPageFactory(parent=member_index, title="Skjultby")
    _restrict(hidden_home)
    party = PartyFactory(abbreviation="Upub", name="Upubliserte partiet", live=False)
    shown = PersonFactory(name="Synlig Person", party=party)
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

    def rows():
        return [
            r
            for r in json_file(client, "organer")["items"]
            if r["person"] in {shown.name, unpublished.name}
        ]

    found = rows()
    assert [(r["organ"], r["person"]) for r in found] == [("Åpent utvalg", "Synlig Person")]
    row = found[0]
    assert row["party"] == row["party_name"] == ""  # the party is not published
    assert row["municipality"] == row["represents"] == ""  # nor is the municipality

    _reveal(private_organ, draft_organ, hidden_home)
    _publish(party, unpublished)
    assert Party.objects.get(pk=party.pk).live and Person.objects.get(pk=unpublished.pk).live
    found = rows()
    assert [(r["organ"], r["person"]) for r in found] == [
        ("Åpent utvalg", "Synlig Person"),
        ("Åpent utvalg", "Upublisert Person"),
        ("Lukket utvalg", "Synlig Person"),
        ("Utvalg i kladd", "Synlig Person"),
    ]
    row = found[0]
    assert (row["party"], row["party_name"]) == ("Upub", "Upubliserte partiet")
    assert row["municipality"] == row["represents"] == "Skjultby"


def test_draft_and_private_events_and_publications_are_left_out(client):
    calendar = EventIndexPageFactory()
    events = [
        EventPageFactory(parent=calendar, title=f"Arrangement {n}")
        for n in ("synlig", "kladd", "lukket")
    ]
    events[1].unpublish()
    _restrict(events[2])
    titles = {event.title for event in events}
    assert _names(client, "arrangementer", "title") == {"Arrangement synlig"}
    library = PublicationIndexPageFactory()
    publications = [
        PublicationPageFactory(parent=library, title=f"Publikasjon {n}")
        for n in ("synlig", "kladd")
    ]
    publications[1].unpublish()
    assert _names(client, "publikasjoner", "title") == {"Publikasjon synlig"}

    _reveal(events[1], events[2], publications[1])
    assert _names(client, "arrangementer", "title") == titles
    assert _names(client, "publikasjoner", "title") == {"Publikasjon synlig", "Publikasjon kladd"}


def test_an_event_does_not_name_a_private_municipality(client, member_index):
    hidden = MunicipalityPageFactory(parent=member_index, title="Hemmeligby")
    _restrict(hidden)
    EventPageFactory(title="Arrangement i skjult kommune", municipality=hidden, venue="Torget")

    def row():
        [found] = json_file(client, "arrangementer")["items"]
        assert found["title"] == "Arrangement i skjult kommune"
        return found

    hidden_row = row()
    assert hidden_row["municipality"] == hidden_row["municipality_number"] == ""
    assert "Hemmeligby" not in hidden_row["place"]
    _reveal(hidden)
    public_row = row()
    assert public_row["municipality"] == "Hemmeligby"
    assert public_row["municipality_number"] == hidden.municipality_number
    assert "Hemmeligby" in public_row["place"]


def test_a_document_in_a_restricted_collection_is_not_linked(client):
    root = Collection.get_first_root_node()
    internal = root.add_child(name="Interne dokumenter")
    restriction = CollectionViewRestriction.objects.create(
        collection=internal, restriction_type="login"
    )
    library = PublicationIndexPageFactory()
    internal_document = make_document("intern.pdf", internal)
    PublicationPageFactory(parent=library, title="Med intern fil", document=internal_document)
    PublicationPageFactory(
        parent=library, title="Med åpen fil", document=make_document("apen.pdf", root)
    )

    def rows():
        return {r["title"]: r for r in json_file(client, "publikasjoner")["items"]}

    found = rows()
    assert found["Med åpen fil"]["document_url"]
    internal_row = found["Med intern fil"]
    assert internal_row["document_url"] == internal_row["document_type"] == ""
    assert internal_row["document_size"] is None
    restriction.delete()
    internal_row = rows()["Med intern fil"]
    assert internal_row["document_url"].endswith(internal_document.url)
    assert internal_row["document_type"] == "PDF"
    assert internal_row["document_size"] == internal_document.file_size > 0


def test_key_figures_of_a_draft_annual_report_are_left_out(client):
    library = PublicationIndexPageFactory()
    draft = AnnualReportPageFactory(parent=library, title="Årsrapport i kladd", report_year=2030)
    KeyFigure.objects.create(report=draft, value="99", unit="kladder", label="Hemmelig tall")
    SurveyResult.objects.create(report=draft, group="G", label="Hemmelig svar", percent=50)
    draft.unpublish()
    assert "Hemmelig tall" not in _names(client, "nokkeltall", "label")
    assert "Årsrapport i kladd" not in _names(client, "medlemsundersokelse", "report")
    _reveal(draft)
    assert "Hemmelig tall" in _names(client, "nokkeltall", "label")
    assert "Årsrapport i kladd" in _names(client, "medlemsundersokelse", "report")
