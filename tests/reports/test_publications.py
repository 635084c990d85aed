"""The publication library: its list, filters and pages, on a library built once for the module."""

import html
from datetime import date
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.utils.html import strip_tags
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from reports.models import PublicationPage
from tests.factories import (
    AnnualReportPageFactory,
    FocusAreaIndexPageFactory,
    FocusAreaPageFactory,
    MeetingPageFactory,
    OrganPageFactory,
    ProjectPageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
)
from tests.module_data import built_once, fresh
from tests.queries import count_queries

from .conftest import LIBRARY, all_listed_titles, titles_in

pytestmark = pytest.mark.django_db

# (title, kind, date, on climate and environment)
PUBLICATIONS = [
    ("Handlingsplan for 2025", "handlingsplan", date(2024, 12, 18), False),
    ("Høringssvar til Naturmeldingen", "horingssvar", date(2024, 11, 1), True),
    ("Innspill til statsbudsjettet", "innspill", date(2024, 8, 1), False),
    ("Strategiske føringer", "strategi", date(2024, 8, 29), False),
    ("Høringssvar om regiontog", "horingssvar", date(2024, 6, 1), False),
    ("Veileder for energistasjoner", "veileder", date(2024, 3, 18), False),
    ("Høringssvar til NOU 2023:25", "horingssvar", date(2024, 3, 1), True),
    ("Evalueringsrapport om NTP-arbeidet", "evaluering", date(2024, 2, 1), False),
    ("Høringssvar om bolig", "horingssvar", date(2023, 9, 1), True),
    ("Rapport A", "rapport", date(2023, 1, 1), False),
    ("Rapport B", "rapport", date(2023, 1, 1), False),
    ("Rapport C", "rapport", date(2023, 1, 1), False),
]
ALL_TITLES = {"Årsrapport 2024"} | {title for title, *_ in PUBLICATIONS}


@pytest.fixture(scope="module")
def shelf(django_db_setup, django_db_blocker) -> SimpleNamespace:
    """/publikasjoner/ with the publications above and the annual report for 2024 (of 2025)."""
    with built_once(django_db_blocker):
        library = PublicationIndexPageFactory(title="Publikasjoner", slug="publikasjoner")
        areas = FocusAreaIndexPageFactory(title="Innsatsområder", slug="innsatsomrader")
        climate = FocusAreaPageFactory(parent=areas, title="Klima og miljø", slug="klima-og-miljo")
        AnnualReportPageFactory(
            parent=library, title="Årsrapport 2024", report_year=2024, date=date(2025, 5, 1)
        )
        pages = {
            title: PublicationPageFactory(
                parent=library,
                title=title,
                kind=kind,
                date=day,
                focus_areas=[climate] if on_climate else [],
            )
            for title, kind, day, on_climate in PUBLICATIONS
        }
        yield SimpleNamespace(library=library, climate=climate, pages=pages)


def add_publication(library, number: int, **fields) -> PublicationPage:
    fields = {"kind": "rapport", "date": date(2023, 1, 1), "date_precision": "year"} | fields
    page = PublicationPage(title=f"Testpublikasjon {number}", slug=f"test-{number}", **fields)
    library.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_library_lists_every_publication_and_the_annual_report(client, shelf):
    titles = all_listed_titles(client)
    assert len(titles) == len(ALL_TITLES) == 13
    assert set(titles) == ALL_TITLES


def test_library_is_newest_first(client, shelf):
    titles = titles_in(client.get(LIBRARY).content.decode())
    assert len(titles) == 10
    assert titles[:3] == [
        "Årsrapport 2024",
        "Handlingsplan for 2025",
        "Høringssvar til Naturmeldingen",
    ]


def test_filters_for_kind_and_year_combine(client, shelf):
    titles = all_listed_titles(client, "type=horingssvar&ar=2024")
    assert sorted(titles) == [
        "Høringssvar om regiontog",
        "Høringssvar til NOU 2023:25",
        "Høringssvar til Naturmeldingen",
    ]
    assert all_listed_titles(client, "type=horingssvar&ar=2025") == []


def test_annual_reports_can_be_filtered_by_kind_and_year(client, shelf):
    assert all_listed_titles(client, "type=arsrapport") == ["Årsrapport 2024"]
    assert all_listed_titles(client, "ar=2025") == ["Årsrapport 2024"]


def test_focus_area_filter_combines_with_kind(client, shelf):
    assert sorted(all_listed_titles(client, "type=horingssvar&innsatsomrade=klima-og-miljo")) == [
        "Høringssvar om bolig",
        "Høringssvar til NOU 2023:25",
        "Høringssvar til Naturmeldingen",
    ]


@pytest.mark.parametrize(
    "query",
    [
        "type=finnes-ikke",
        "ar=1899",
        "ar=abc",
        "innsatsomrade=finnes-ikke",
        "type=%01x&ar=%01x",
        "type=horingssvar&type=<script>",
        "ar=" + "9" * 40,
    ],
)
def test_unknown_filter_values_are_ignored_with_a_note(client, shelf, query):
    response = client.get(f"{LIBRARY}?{query}")
    assert response.status_code == 200
    page = response.content.decode()
    assert "og har sett bort fra det filteret" in page
    main = page.split("<main", 1)[1].split("</main>", 1)[0]
    assert "<script>" not in main


def test_a_value_of_control_characters_only_is_no_filter(client, shelf):
    assert all_listed_titles(client, "type=%01&ar=%01") == all_listed_titles(client)


def test_unknown_value_does_not_drop_the_valid_filter(client, shelf):
    assert all_listed_titles(client, "type=veileder&ar=abc") == ["Veileder for energistasjoner"]


@pytest.mark.parametrize("number", ["-1", "0", "3", str(10**30), "99999999999999999999"])
def test_out_of_range_pages_are_404(client, shelf, number):
    assert client.get(f"{LIBRARY}?page={number}").status_code == 404


@pytest.mark.parametrize("number", ["abc", "", "1.5", "%01", "2"])
def test_junk_page_numbers_show_a_page(client, shelf, number):
    assert client.get(f"{LIBRARY}?page={number}").status_code == 200


def test_unknown_publication_is_404(client, shelf):
    assert client.get(f"{LIBRARY}finnes-ikke/").status_code == 404


def test_publication_page_shows_its_facts(client, shelf):
    publication = PublicationPageFactory(
        parent=fresh(shelf.library),
        title="Høringssvar til Klimautvalget",
        kind="horingssvar",
        responds_to="NOU 2023:25 Omstilling til lavutslipp",
        focus_areas=[shelf.climate],
    )
    response = client.get(publication.url)
    assert response.status_code == 200
    page = response.content.decode()
    text = " ".join(html.unescape(strip_tags(page)).split())
    assert page.count("<h1") == 1
    assert "NOU 2023:25 Omstilling til lavutslipp" in text
    assert "Høringssvar / uttalelse" in text
    assert 'href="/innsatsomrader/klima-og-miljo/"' in page
    assert '"@type": "Report"' in page
    assert "Dokumentet er ikke publisert som fil her på nettstedet." in text


def test_publication_links_the_organ_and_meeting_that_adopted_it(client, shelf):
    council = OrganPageFactory(title="Representantskapet")
    meeting = MeetingPageFactory(parent__parent=council, date=date(2024, 8, 29))
    guidelines = PublicationPageFactory(
        parent=fresh(shelf.library), adopted_by=council, adopted_at_meeting=meeting
    )
    guidelines.clean()  # fills in the date of the meeting
    guidelines.save()
    assert guidelines.adopted_date == date(2024, 8, 29)
    page = client.get(guidelines.url).content.decode()
    assert f'href="{council.url}"' in page
    assert f'href="{meeting.url}"' in page


def test_guide_is_linked_to_its_project(client, shelf):
    project = ProjectPageFactory(title="Energistasjoner")
    guide = PublicationPageFactory(
        parent=fresh(shelf.library), kind="veileder", date=date(2024, 3, 18), project=project
    )
    page = client.get(guide.url).content.decode()
    assert f'href="{project.url}"' in page
    assert "18. mars 2024" in page


def test_external_document_link_says_what_it_is(client, shelf):
    publication = PublicationPageFactory(
        parent=fresh(shelf.library),
        external_url="https://example.org/filer/kompetansetilflyttere-26.04.2024.pdf",
    )
    page = client.get(publication.url).content.decode()
    assert "Åpne dokumentet (PDF, på et annet nettsted)" in page
    assert 'href="https://example.org/filer/kompetansetilflyttere-26.04.2024.pdf"' in page


def test_document_link_text_gives_type_and_size(client, shelf):
    document = get_document_model().objects.create(
        title="Handlingsplan for 2025",
        file=ContentFile(b"%PDF" + b"0" * 1_258_287, name="handlingsplan-2025.pdf"),
    )
    plan = PublicationPage.objects.get(pk=shelf.pages["Handlingsplan for 2025"].pk)
    plan.document = document
    plan.save_revision().publish()
    page = client.get(plan.url).content.decode()
    assert "Last ned (PDF, 1,2\u00a0MB)" in page
    assert f'href="{document.url}"' in page
    assert "ikke publisert som fil" not in page


def test_library_queries_do_not_grow_with_the_number_of_publications(warm_client, shelf):
    project = ProjectPageFactory()
    warm_client.get(LIBRARY)
    few = count_queries(warm_client, f"{LIBRARY}?type=evaluering")  # one publication
    full_page = count_queries(warm_client, LIBRARY)  # ten publications
    library = fresh(shelf.library)
    for number in range(30):
        add_publication(library, number, focus_areas=[shelf.climate], project=project)
    assert count_queries(warm_client, LIBRARY) == full_page
    assert count_queries(warm_client, f"{LIBRARY}?type=rapport&page=3") == full_page
    assert few == full_page


def test_restricted_publications_are_left_out_of_the_library(client, shelf):
    hidden = shelf.pages["Evalueringsrapport om NTP-arbeidet"]
    PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="x")
    assert hidden.title not in all_listed_titles(client)
    assert len(all_listed_titles(client)) == len(ALL_TITLES) - 1
