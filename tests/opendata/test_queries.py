"""Each file costs the same number of queries for few or many rows (joins and prefetches, no query
per row); so does the catalogue."""

from types import SimpleNamespace

import pytest

from governance.models import Membership
from reports.models import KeyFigure, SurveyResult
from tests.factories import (
    AnnualReportPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FocusAreaIndexPageFactory,
    FocusAreaPageFactory,
    MunicipalityIndexPageFactory,
    MunicipalityPageFactory,
    OrganisationIndexPageFactory,
    OrganPageFactory,
    PersonFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    SubRegionIndexPageFactory,
    SubRegionPageFactory,
)
from tests.module_data import built_once
from tests.queries import count_queries

from .helpers import make_document

pytestmark = pytest.mark.django_db
FEW = 2
MORE = 6


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker) -> SimpleNamespace:
    """A few rows in every dataset, each with what a row can name (a delregion, a party, a seat,
    a document, focus areas, key figures and survey results), so every join and prefetch runs
    before the tests add more."""
    with built_once(django_db_blocker):
        members = MunicipalityIndexPageFactory(title="Medlemmer", slug="medlemmer")
        subregion_index = SubRegionIndexPageFactory(parent=members)
        subregion = SubRegionPageFactory(parent=subregion_index)
        municipalities = [MunicipalityPageFactory(parent=members) for _ in range(FEW)]
        for municipality in municipalities:
            municipality.subregions.set([subregion])
            municipality.save()
        organisation = OrganisationIndexPageFactory(title="Organisasjon", slug="organisasjon")
        board = OrganPageFactory(parent=organisation, title="Styret")
        for number, municipality in enumerate(municipalities):
            seat = {"represents_subregion": subregion} if number % 2 else {}
            Membership.objects.create(
                organ=board, person=PersonFactory(municipality=municipality), note="Test", **seat
            )
        calendar = EventIndexPageFactory(title="Arrangementer", slug="arrangementer")
        for municipality in municipalities:
            EventPageFactory(parent=calendar, municipality=municipality, organisers="Osloregionen")
        areas = FocusAreaIndexPageFactory(title="Innsatsområder", slug="innsatsomrader")
        focus_areas = [FocusAreaPageFactory(parent=areas) for _ in range(2)]
        library = PublicationIndexPageFactory(title="Publikasjoner", slug="publikasjoner")
        for number in range(FEW):
            PublicationPageFactory(
                parent=library,
                document=make_document(f"rapport-{number}.pdf"),
                focus_areas=focus_areas,
            )
        report = AnnualReportPageFactory(parent=library, title="Årsrapport 2024", report_year=2024)
        for number in range(FEW):
            KeyFigure.objects.create(report=report, value=str(number), label=f"Tall {number}")
            SurveyResult.objects.create(
                report=report, group="G", label=f"Svar {number}", percent=50
            )
        yield SimpleNamespace(
            members=members,
            municipalities=municipalities,
            subregion_index=subregion_index,
            organisation=organisation,
            calendar=calendar,
            focus_areas=focus_areas,
            library=library,
            report=report,
        )


def _more_members(site):
    subregion = SubRegionPageFactory(parent=site.subregion_index)
    for _ in range(MORE):
        municipality = MunicipalityPageFactory(parent=site.members)
        municipality.subregions.set([subregion])
        municipality.save()


def _more_memberships(site):
    subregion = SubRegionPageFactory(parent=site.subregion_index)
    organ = OrganPageFactory(parent=site.organisation)
    for number in range(MORE):
        municipality = MunicipalityPageFactory(parent=site.members)
        person = PersonFactory(municipality=municipality)
        seat = (
            {"represents_subregion": subregion}
            if number % 2
            else {"represents_municipality": municipality}
        )
        Membership.objects.create(organ=organ, person=person, note="Test", **seat)


def _more_events(site):
    for number in range(MORE):
        EventPageFactory(
            parent=site.calendar,
            municipality=site.municipalities[number % FEW],
            organisers="Osloregionen IPR\nAsker kommune",
        )


def _more_publications(site):
    for number in range(MORE):
        PublicationPageFactory(
            parent=site.library,
            document=make_document(f"vedlegg-{number}.pdf"),
            focus_areas=site.focus_areas,
        )


def _more_reports(site):
    for year in range(2030, 2030 + MORE):
        report = AnnualReportPageFactory(parent=site.library, report_year=year)
        for number in range(3):
            KeyFigure.objects.create(report=report, value=str(number), label=f"Tall {number}")
            SurveyResult.objects.create(
                report=report, group="G", label=f"Svar {number}", percent=50
            )
    for number in range(MORE):
        KeyFigure.objects.create(report=site.report, value=str(number), label=f"Ekstra {number}")


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
def test_a_file_costs_the_same_queries_for_few_and_many_rows(client, site, slugs, add):
    urls = [f"/data/{slug}.{fmt}" for slug in slugs for fmt in ("csv", "json")]
    before = {url: count_queries(client, url) for url in urls}
    counts_before = {url: _count(client, url) for url in urls if url.endswith(".json")}
    add(site)
    after = {url: count_queries(client, url) for url in urls}
    counts_after = {url: _count(client, url) for url in urls if url.endswith(".json")}
    assert all(counts_after[url] > counts_before[url] > 0 for url in counts_before)
    assert after == before


def _count(client, url: str) -> int:
    return client.get(url).json()["metadata"]["count"]


def test_the_catalogue_costs_the_same_queries_with_more_data(client, site):
    before = count_queries(client, "/data/")
    _more_members(site)
    _more_events(site)
    after = count_queries(client, "/data/")
    assert after == before
