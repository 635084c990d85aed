"""Each file costs the same number of queries for few or many rows (joins and prefetches, no query
per row); so does the catalogue."""

import pytest

from governance.models import Membership, OrganisationIndexPage
from members.models import MunicipalityIndexPage, SubRegionIndexPage
from projects.models import FocusAreaPage
from reports.models import AnnualReportPage, KeyFigure, PublicationIndexPage, SurveyResult
from tests.factories import (
    AnnualReportPageFactory,
    EventPageFactory,
    MunicipalityPageFactory,
    OrganPageFactory,
    PersonFactory,
    PublicationPageFactory,
    SubRegionPageFactory,
)
from tests.queries import count_queries

from .helpers import make_document

# Read from the seeded site (the 65 members, the board, the 2024 events and publications).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]
MORE = 6


def _more_members():
    index = MunicipalityIndexPage.objects.get(slug="medlemmer")
    subregion_index = SubRegionIndexPage.objects.child_of(index).first()
    subregion = SubRegionPageFactory(parent=subregion_index)
    for _ in range(MORE):
        municipality = MunicipalityPageFactory(parent=index)
        municipality.subregions.set([subregion])
        municipality.save()
    return index


def _more_memberships():
    index = MunicipalityIndexPage.objects.get(slug="medlemmer")
    subregion = SubRegionPageFactory(parent=SubRegionIndexPage.objects.child_of(index).first())
    organ = OrganPageFactory(parent=OrganisationIndexPage.objects.get(slug="organisasjon"))
    for number in range(MORE):
        municipality = MunicipalityPageFactory(parent=index)
        person = PersonFactory(municipality=municipality)
        seat = {"represents_subregion": subregion} if number % 2 else {}
        Membership.objects.create(organ=organ, person=person, note="Test", **seat)


def _more_events():
    for _ in range(MORE):
        EventPageFactory(organisers="Osloregionen IPR\nAsker kommune")


def _more_publications():
    library = PublicationIndexPage.objects.get(slug="publikasjoner")
    areas = list(FocusAreaPage.objects.live()[:2])
    for number in range(MORE):
        publication = PublicationPageFactory(
            parent=library, document=make_document(f"vedlegg-{number}.pdf")
        )
        publication.focus_areas.set(areas)
        publication.save()


def _more_reports():
    library = PublicationIndexPage.objects.get(slug="publikasjoner")
    seeded = AnnualReportPage.objects.live().first()
    for year in range(2030, 2030 + MORE):
        report = AnnualReportPageFactory(parent=library, report_year=year)
        for number in range(3):
            KeyFigure.objects.create(report=report, value=str(number), label=f"Tall {number}")
            SurveyResult.objects.create(
                report=report, group="G", label=f"Svar {number}", percent=50
            )
    for number in range(MORE):
        KeyFigure.objects.create(report=seeded, value=str(number), label=f"Ekstra {number}")


@pytest.mark.parametrize(
    "slugs, add",
    [
        (["medlemmer"], _more_members),
        (["organer"], _more_memberships),
        (["arrangementer"], _more_events),
        (["publikasjoner"], _more_publications),
        (["nokkeltall", "medlemsundersokelse"], _more_reports),
    ],
    ids=["members", "organs", "events", "publications", "reports"],
)
def test_a_file_costs_the_same_queries_for_few_and_many_rows(client, slugs, add):
    urls = [f"/data/{slug}.{fmt}" for slug in slugs for fmt in ("csv", "json")]
    before = {url: count_queries(client, url) for url in urls}
    add()
    after = {url: count_queries(client, url) for url in urls}
    assert after == before


def test_the_catalogue_costs_the_same_queries_with_more_data(client):
    before = count_queries(client, "/data/")
    _more_members()
    _more_events()
    after = count_queries(client, "/data/")
    assert after == before
