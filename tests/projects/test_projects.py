import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction

from osloregionen.home.models import HomePage
from projects.choices import ProjectStatus
from projects.models import (
    FocusAreaFeaturedPage,
    FocusAreaIndexPage,
    FocusAreaPage,
    PrioritisedActivity,
    ProjectFunding,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
)
from tests.factories import FocusAreaPageFactory, NewsPageFactory
from tests.queries import count_queries
from tests.wagtail_asserts import page_assertions

pytestmark = pytest.mark.django_db


def test_page_type_rules(sections):
    rules = page_assertions()
    rules.assertAllowedParentPageTypes(FocusAreaIndexPage, {HomePage})
    rules.assertAllowedSubpageTypes(FocusAreaIndexPage, {FocusAreaPage})
    rules.assertAllowedSubpageTypes(FocusAreaPage, set())
    rules.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
    rules.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
    rules.assertCanNotCreateAt(HomePage, ProjectPage)
    # Singletons: one of each under the home page.
    home = sections.projects.get_parent()
    assert not FocusAreaIndexPage.can_create_at(home)
    assert not ProjectIndexPage.can_create_at(home)


def test_project_clean_explains_errors_in_norwegian():
    project = ProjectPage(title="X", slug="x", goal="Mål", start_year=2025, end_year=2024)
    with pytest.raises(ValidationError) as error:
        project.clean()
    assert "Sluttåret kan ikke være før startåret." in error.value.message_dict["end_year"]
    assert "sammendrag" in error.value.message_dict["search_description"][0]


def test_focus_area_clean_checks_years():
    area = FocusAreaPage(title="X", slug="x", intro="I", start_year=2024, end_year=2021)
    with pytest.raises(ValidationError) as error:
        area.clean()
    assert "end_year" in error.value.message_dict
    FocusAreaPage(title="X", slug="x", intro="I", start_year=2021, end_year=2024).clean()


def test_focus_area_index_lists_the_areas(client, sections):
    html = client.get("/innsatsomrader/").content.decode()
    assert html.count("<h1") == 1
    for area in (sections.climate, sections.energy):
        assert f'href="{area.url}"' in html and area.title in html


def test_focus_area_page_lists_related_items_automatically(client, sections, add_project, add_news):
    PrioritisedActivity.objects.create(
        focus_area=sections.climate, text="Foreta jevnlige kartlegginger av klimastatus"
    )
    add_project("Havprosjektet", focus_areas=[sections.climate])
    add_project("Kraftprosjektet", focus_areas=[sections.energy])
    add_news("Skolen vant konkurransen", focus_areas=[sections.climate])
    response = client.get("/innsatsomrader/klima-og-miljo/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Foreta jevnlige kartlegginger av klimastatus" in html
    assert "Havprosjektet" in html  # a project tagged with the area
    assert "Skolen vant konkurransen" in html  # a news article tagged with it
    assert "Kraftprosjektet" not in html  # a project of another area
    assert 'href="/aktuelt/?innsatsomrade=klima-og-miljo"' in html
    assert 'href="/aktuelt/rss/klima-og-miljo/"' in html


def test_newly_tagged_project_appears_without_curation(client, sections, add_project):
    assert "Testprosjekt 1" not in client.get("/innsatsomrader/energi/").content.decode()
    add_project("Testprosjekt 1", focus_areas=[sections.energy])
    assert "Testprosjekt 1" in client.get("/innsatsomrader/energi/").content.decode()


def test_featured_pages_are_shown_first(client, sections, add_project):
    seadito = add_project("SEADITO", focus_areas=[sections.energy])
    FocusAreaFeaturedPage.objects.create(focus_area=sections.energy, page=seadito)
    html = client.get("/innsatsomrader/energi/").content.decode()
    assert html.index("Utvalgt") < html.index("SEADITO") < html.index('id="projects-heading"')


@pytest.fixture
def portfolio(sections, add_project):
    """Four projects: one completed, two ongoing (one on climate), one without a stated status."""
    return {
        "camp": add_project("Innovasjonscamp", status=ProjectStatus.COMPLETED),
        "fjord": add_project(
            "Oppdrag Oslofjorden", status=ProjectStatus.ONGOING, focus_areas=[sections.climate]
        ),
        "team": add_project("Team Oslo", status=ProjectStatus.ONGOING),
        "seadito": add_project(
            "SEADITO",
            status=ProjectStatus.UNKNOWN,
            status_note="Treårig prosjekt; kick-off 18. september 2024",
            start_year=2024,
            focus_areas=[sections.climate],
        ),
    }


def test_status_filter(client, portfolio):
    html = client.get("/prosjekter/?status=avsluttet").content.decode()
    assert "Innovasjonscamp" in html
    assert "Oppdrag Oslofjorden" not in html
    assert "SEADITO" not in html
    assert re.search(r">\s*1 prosjekt\s*<", html)


def test_status_and_focus_area_filters_combine(client, portfolio):
    html = client.get("/prosjekter/?status=pagar&innsatsomrade=klima-og-miljo").content.decode()
    assert "Oppdrag Oslofjorden" in html
    assert "SEADITO" not in html  # no stated status
    assert "Innovasjonscamp" not in html  # completed
    assert "Team Oslo" not in html  # another area


def test_the_status_filter_offers_no_unknown_status(client, portfolio):
    html = client.get("/prosjekter/").content.decode()
    assert 'value="pagar"' in html
    assert "Ikke oppgitt" not in html


def test_an_unknown_status_is_not_shown(client, portfolio):
    html = client.get(portfolio["seadito"].url).content.decode()
    assert "Ikke oppgitt" not in html
    assert "Pågår" not in html
    assert "Treårig prosjekt; kick-off 18. september 2024" in html  # the source's words stay
    assert "2024–" not in html  # only the start year is stated
    listing = client.get("/prosjekter/").content.decode()
    assert 'status-label--"' not in listing
    assert 'status-label--pagar"' in listing


def test_an_unknown_status_is_null_in_the_api(client, portfolio):
    seadito, camp = portfolio["seadito"], portfolio["camp"]
    assert client.get(f"/api/v2/pages/{seadito.pk}/").json()["status"] is None
    assert client.get(f"/api/v2/pages/{camp.pk}/").json()["status"] == {
        "value": "avsluttet",
        "label": "Avsluttet",
    }


@pytest.mark.parametrize(
    "query",
    [
        "?status=ukjent",
        "?innsatsomrade=%3Cscript%3E",
        "?status=&innsatsomrade=",
        "?status=a&status=b",
        "?status=%01&innsatsomrade=%7F",
        "?page=1&status=" + "x" * 5000,
    ],
)
def test_unknown_filter_values_are_ignored_with_a_message(client, portfolio, query):
    response = client.get(f"/prosjekter/{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "4 prosjekter" in html
    assert "<script>" not in html


def test_project_page_shows_facts_partners_in_order_and_news(client, sections, add_project):
    project = add_project(
        "Energistasjoner",
        status=ProjectStatus.ONGOING,
        start_year=2022,
        end_year=2026,
    )
    for order, name in enumerate(["Østlandssamarbeidet", "Norconsult", "Mosseregionen"]):
        ProjectPartner.objects.create(project=project, name=name, sort_order=order)
    ProjectFunding.objects.create(project=project, source="Klimasats", amount=100)
    NewsPageFactory(parent=sections.news, title="Veilederen er lansert", project=project)
    html = client.get(project.url).content.decode()
    assert "Klimasats" in html
    assert "Pågår" in html
    assert "2022–2026" in html
    positions = [
        html.index(name) for name in ("Østlandssamarbeidet", "Norconsult", "Mosseregionen")
    ]
    assert positions == sorted(positions)
    assert "Veilederen er lansert" in html
    assert html.count("<h1") == 1


def test_partner_order_follows_sort_order(client, add_project):
    project = add_project("SEADITO")
    first = ProjectPartner.objects.create(project=project, name="SINTEF", sort_order=0)
    second = ProjectPartner.objects.create(project=project, name="Osloregionen IPR", sort_order=1)

    def partners() -> str:
        html = client.get(project.url).content.decode()
        start = html.index('id="partners-heading"')
        return html[start : html.index("</ol>", start)]

    assert partners().index("SINTEF") < partners().index("Osloregionen IPR")
    first.sort_order, second.sort_order = 1, 0
    ProjectPartner.objects.bulk_update([first, second], ["sort_order"])
    assert partners().index("Osloregionen IPR") < partners().index("SINTEF")


def test_unknown_project_is_a_404(client, sections):
    assert client.get("/prosjekter/finnes-ikke/").status_code == 404


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99", str(10**30)])
def test_project_list_pagination_never_fails(client, portfolio, page):
    assert client.get(f"/prosjekter/?page={page}").status_code in (200, 404)


def test_project_list_queries_do_not_grow_with_items(warm_client, sections, add_project):
    areas = [sections.climate, sections.energy]
    url = "/prosjekter/?status=planlagt"
    for number in range(5):
        add_project(f"Testprosjekt {number}", status=ProjectStatus.PLANNED, focus_areas=areas[:1])
    before = count_queries(warm_client, url)
    for number in range(5, 18):
        add_project(f"Testprosjekt {number}", status=ProjectStatus.PLANNED, focus_areas=areas)
    assert "18 prosjekter" in warm_client.get(url).content.decode()
    assert count_queries(warm_client, url) == before


def test_focus_area_page_queries_do_not_grow_with_items(warm_client, sections, add_project):
    area = sections.climate

    def tagged(number):
        project = add_project(f"Testprosjekt {number}", focus_areas=[area])
        FocusAreaFeaturedPage.objects.create(focus_area=area, page=project, sort_order=number)
        NewsPageFactory(
            parent=sections.news,
            title=f"Testnyhet {number}",
            date=datetime.date(2025, 1, 1 + number),
            focus_areas=[area],
        )
        return project

    for number in range(5):
        tagged(number)
    before = count_queries(warm_client, area.url)
    last = [tagged(number) for number in range(5, 15)][-1]
    html = warm_client.get(area.url).content.decode()
    assert html.count(f'href="{last.url}"') == 2  # featured and in the list
    assert html.index("Testnyhet 14") < html.index("Testnyhet 13")  # newest first
    assert count_queries(warm_client, area.url) == before


def test_featured_pages_keep_the_editors_order(client, sections, add_project):
    seadito = add_project("SEADITO")
    stations = add_project("Energistasjoner")
    FocusAreaFeaturedPage.objects.create(focus_area=sections.energy, page=seadito, sort_order=1)
    FocusAreaFeaturedPage.objects.create(focus_area=sections.energy, page=stations, sort_order=0)
    html = client.get("/innsatsomrader/energi/").content.decode()
    start = html.index('id="featured-heading"')
    featured = html[start : html.index("</section>", start)]
    assert featured.index("Energistasjoner") < featured.index("SEADITO")


def test_unpublished_and_private_pages_are_left_out_of_focus_area_lists(
    client, sections, add_project
):
    seadito = add_project("SEADITO", focus_areas=[sections.energy])
    FocusAreaFeaturedPage.objects.create(focus_area=sections.energy, page=seadito)
    stations = add_project("Energistasjoner for grønn transport", focus_areas=[sections.energy])
    add_project("Synlig prosjekt", focus_areas=[sections.energy])
    PageViewRestriction.objects.create(page=seadito, restriction_type="login")
    stations.unpublish()
    html = client.get("/innsatsomrader/energi/").content.decode()
    assert "SEADITO" not in html
    assert "Energistasjoner for grønn" not in html
    assert "Synlig prosjekt" in html


def test_project_page_queries_do_not_grow_with_items(warm_client, sections, add_project):
    project = add_project("SEADITO")

    def related(number):
        ProjectPartner.objects.create(
            project=project, name=f"Partner {number}", sort_order=10 + number
        )
        ProjectFunding.objects.create(project=project, source=f"Kilde {number}", amount=number)
        NewsPageFactory(
            parent=sections.news,
            title=f"Testnyhet {number}",
            date=datetime.date(2025, 1, 1 + number),
            project=project,
        )

    related(0)
    before = count_queries(warm_client, project.url)
    for number in range(1, 8):
        related(number)
    project.focus_areas.set(FocusAreaPage.objects.all())
    project.save_revision().publish()
    html = warm_client.get(project.url).content.decode()
    assert "Partner 7" in html and "Kilde 7" in html and "Testnyhet 7" in html
    assert html.index("Partner 0") < html.index("Partner 7")
    assert html.index("Testnyhet 7") < html.index("Testnyhet 6")
    assert count_queries(warm_client, project.url) == before


def test_focus_area_index_queries_do_not_grow_with_items(warm_client, sections):
    before = count_queries(warm_client, "/innsatsomrader/")
    for number in range(8):
        FocusAreaPageFactory(parent=sections.areas, title=f"Område {number}")
    assert "Område 7" in warm_client.get("/innsatsomrader/").content.decode()
    assert count_queries(warm_client, "/innsatsomrader/") == before


def test_home_page_shows_focus_areas_and_current_projects(client, sections, add_project):
    add_project("Pågående prosjekt", status=ProjectStatus.ONGOING)
    add_project("Avsluttet prosjekt", status=ProjectStatus.COMPLETED)
    html = client.get("/").content.decode()
    assert "Innsatsområder" in html
    assert 'href="/innsatsomrader/energi/"' in html
    assert "Pågående prosjekter" in html
    assert "Pågående prosjekt<" in html
    assert "Avsluttet prosjekt" not in html


def test_home_page_queries_do_not_grow_with_projects(warm_client, sections, add_project):
    for number in range(2):
        add_project(f"Testprosjekt {number}", status=ProjectStatus.ONGOING, start_year=2030)
    before = count_queries(warm_client, "/")
    for number in range(2, 10):
        add_project(f"Testprosjekt {number}", status=ProjectStatus.ONGOING, start_year=2030)
    assert "Testprosjekt 5" in warm_client.get("/").content.decode()  # six are shown
    assert count_queries(warm_client, "/") == before
