import html
import re
from datetime import date

import pytest
from django.core.files.base import ContentFile
from django.utils.html import strip_tags
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from governance.models import MeetingPage
from projects.models import FocusAreaPage, ProjectPage
from reports.models import PublicationPage
from tests.queries import count_queries

from .conftest import seeded

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

LIBRARY = "/publikasjoner/"
SEEDED = seeded("PublicationPage")


def titles_in(page: str) -> list[str]:
    return [
        html.unescape(title)
        for title in re.findall(r'<h3 class="ds-heading"[^>]*>\s*<a [^>]*>([^<]+)</a>', page)
    ]


def all_listed_titles(client, query: str = "") -> list[str]:
    titles, number = [], 1
    while True:
        response = client.get(f"{LIBRARY}?{query}&page={number}")
        if response.status_code == 404:
            return titles
        assert response.status_code == 200, (query, number, response.status_code)
        titles += titles_in(response.content.decode())
        number += 1


def add_publication(library, number: int, **fields) -> PublicationPage:
    fields = {"kind": "rapport", "date": date(2023, 1, 1), "date_precision": "year"} | fields
    page = PublicationPage(title=f"Testpublikasjon {number}", slug=f"test-{number}", **fields)
    library.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_library_lists_every_seeded_publication_and_the_annual_report(client):
    titles = all_listed_titles(client)
    assert len(titles) == len(SEEDED) + 1
    assert "Årsrapport 2024" in titles
    for facts in SEEDED:
        assert facts["title"] in titles


def test_library_is_newest_first(client):
    titles = titles_in(client.get(LIBRARY).content.decode())
    assert titles[:3] == [
        "Årsrapport 2024",
        "Handlingsplan for 2025",
        "Høringssvar til Naturmeldingen",
    ]


def test_filters_for_kind_and_year_combine(client):
    expected = {
        f["title"] for f in SEEDED if f["kind"] == "horingssvar" and f["date"][:4] == "2024"
    }
    titles = all_listed_titles(client, "type=horingssvar&ar=2024")
    assert set(titles) == expected
    assert len(titles) == len(expected) == 6
    assert all_listed_titles(client, "type=horingssvar&ar=2025") == []


def test_annual_reports_can_be_filtered_by_kind_and_year(client):
    assert all_listed_titles(client, "type=arsrapport") == ["Årsrapport 2024"]
    assert all_listed_titles(client, "ar=2025") == ["Årsrapport 2024"]


def test_focus_area_filter_combines_with_kind(client):
    expected = {
        f["title"]
        for f in SEEDED
        if f["kind"] == "horingssvar"
        and "/innsatsomrader/klima-og-miljo/" in f.get("focus_areas", [])
    }
    assert (
        set(all_listed_titles(client, "type=horingssvar&innsatsomrade=klima-og-miljo")) == expected
    )


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
def test_unknown_filter_values_are_ignored_with_a_note(client, query):
    response = client.get(f"{LIBRARY}?{query}")
    assert response.status_code == 200
    page = response.content.decode()
    assert "og har sett bort fra det filteret" in page
    main = page.split("<main", 1)[1].split("</main>", 1)[0]
    assert "<script>" not in main


def test_a_value_of_control_characters_only_is_no_filter(client):
    assert all_listed_titles(client, "type=%01&ar=%01") == all_listed_titles(client)


def test_unknown_value_does_not_drop_the_valid_filter(client):
    titles = all_listed_titles(client, "type=veileder&ar=abc")
    assert titles == ["Veileder for etablering av energistasjoner for tungtransport"]


@pytest.mark.parametrize("number", ["-1", "0", "3", str(10**30), "99999999999999999999"])
def test_out_of_range_pages_are_404(client, number):
    assert client.get(f"{LIBRARY}?page={number}").status_code == 404


@pytest.mark.parametrize("number", ["abc", "", "1.5", "%01", "2"])
def test_junk_page_numbers_show_a_page(client, number):
    assert client.get(f"{LIBRARY}?page={number}").status_code == 200


def test_unknown_publication_is_404(client):
    assert client.get(f"{LIBRARY}finnes-ikke/").status_code == 404


def test_publication_page_shows_its_facts(client):
    response = client.get(f"{LIBRARY}horingssvar-klimautvalget-nou-2023-25/")
    assert response.status_code == 200
    page = response.content.decode()
    text = " ".join(html.unescape(strip_tags(page)).split())
    assert page.count("<h1") == 1
    assert "NOU 2023:25 Omstilling til lavutslipp" in text
    assert "Høringssvar / uttalelse" in text
    assert "Andreas Bjelland Eriksen" in text
    assert 'href="/innsatsomrader/klima-og-miljo/"' in page
    assert '"@type": "Report"' in page
    assert "Dokumentet er ikke publisert som fil her på nettstedet." in text


def test_publication_links_the_organ_and_meeting_that_adopted_it(client):
    guidelines = PublicationPage.objects.get(slug="strategiske-foringer-2025-2028")
    assert guidelines.adopted_by.slug == "representantskapet"
    assert guidelines.adopted_date == date(2024, 8, 29)
    page = client.get(guidelines.url).content.decode()
    assert f'href="{guidelines.adopted_by.url}"' in page
    meeting = MeetingPage.objects.descendant_of(guidelines.adopted_by).filter(
        date=date(2024, 8, 29)
    )
    if meeting.exists():
        assert guidelines.adopted_at_meeting_id == meeting.get().pk
        assert f'href="{meeting.get().url}"' in page


def test_guide_is_linked_to_its_project(client):
    guide = PublicationPage.objects.get(slug="veileder-etablering-av-energistasjoner")
    project = ProjectPage.objects.get(slug="energistasjoner-for-gronn-naeringstransport")
    assert guide.project_id == project.pk
    page = client.get(guide.url).content.decode()
    assert f'href="{project.url}"' in page
    assert "18. mars 2024" in page


def test_external_document_link_says_what_it_is(client):
    page = client.get(f"{LIBRARY}arbeid-for-og-med-kompetansetilflyttere/").content.decode()
    assert "Åpne dokumentet (PDF, på et annet nettsted)" in page
    assert "Osloregionens-arbeid-for-og-med-kompetansetilflyttere-26.04.2024.pdf" in page


def test_document_link_text_gives_type_and_size(client, library):
    document = get_document_model().objects.create(
        title="Handlingsplan for 2025",
        file=ContentFile(b"%PDF" + b"0" * 1_258_287, name="handlingsplan-2025.pdf"),
    )
    plan = PublicationPage.objects.get(slug="handlingsplan-2025")
    plan.document = document
    plan.save_revision().publish()
    page = client.get(plan.url).content.decode()
    assert "Last ned (PDF, 1,2\u00a0MB)" in page
    assert f'href="{document.url}"' in page
    assert "ikke publisert som fil" not in page


def test_library_queries_do_not_grow_with_the_number_of_publications(warm_client, library):
    areas = list(FocusAreaPage.objects.all()[:2])
    project = ProjectPage.objects.first()
    warm_client.get(LIBRARY)
    few = count_queries(warm_client, f"{LIBRARY}?type=evaluering")  # one publication
    full_page = count_queries(warm_client, LIBRARY)  # ten publications
    for number in range(30):
        add_publication(library, number, focus_areas=areas, project=project)
    assert count_queries(warm_client, LIBRARY) == full_page
    assert count_queries(warm_client, f"{LIBRARY}?type=rapport&page=3") == full_page
    assert few == full_page


def test_restricted_publications_are_left_out_of_the_library(client):
    hidden = PublicationPage.objects.get(slug="evalueringsrapport-ntp-arbeidet")
    PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="x")
    assert hidden.title not in all_listed_titles(client)
    assert len(all_listed_titles(client)) == len(SEEDED)
