import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction

from osloregionen.home.models import HomePage
from osloregionen.news.models import NewsIndexPage, NewsPage
from projects.choices import ProjectStatus
from projects.models import (
    FocusAreaFeaturedPage,
    FocusAreaIndexPage,
    FocusAreaPage,
    ProjectFunding,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
)
from tests.queries import count_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

ENERGY_STATIONS = "/prosjekter/energistasjoner-for-gronn-naeringstransport/"


def add_project(index, number, **fields):
    project = ProjectPage(
        title=f"Testprosjekt {number}",
        slug=f"testprosjekt-{number}",
        search_description="Et prosjekt laget i en test.",
        goal="Teste.",
        **fields,
    )
    index.add_child(instance=project)
    return project


def test_page_type_rules(home_page):
    assert FocusAreaIndexPage.allowed_parent_page_models() == [HomePage]
    assert FocusAreaIndexPage.allowed_subpage_models() == [FocusAreaPage]
    assert FocusAreaPage.allowed_subpage_models() == []
    assert ProjectIndexPage.allowed_subpage_models() == [ProjectPage]
    assert ProjectPage.allowed_parent_page_models() == [ProjectIndexPage]
    # Singletons: the seed already made one of each under the home page.
    assert not FocusAreaIndexPage.can_create_at(home_page)
    assert not ProjectIndexPage.can_create_at(home_page)
    assert not ProjectPage.can_create_at(home_page)


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


def test_seed_has_all_focus_areas_and_projects():
    assert FocusAreaPage.objects.live().count() == 5
    assert ProjectPage.objects.live().count() == 14
    energy = FocusAreaPage.objects.get(slug="energi")
    assert energy.kind == "tverrgaende"


def test_focus_area_index_lists_the_five_areas(client):
    html = client.get("/innsatsomrader/").content.decode()
    for name in (
        "Areal, transport, mobilitet og logistikk",
        "Klima og miljø",
        "Konkurransekraft og attraktivitet",
        "Fellesskap og samarbeid",
        "Energi",
    ):
        assert name in html
    assert html.count("<h1") == 1


def test_focus_area_page_lists_related_items_automatically(client):
    response = client.get("/innsatsomrader/klima-og-miljo/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Foreta jevnlige kartlegginger av klimastatus i Osloregionen" in html
    assert "SEADITO" in html  # a project tagged with the area
    assert "Lambertseter videregående skole vant" in html  # a news article tagged with it
    assert "Team Oslo" not in html  # a project of another area
    assert 'href="/aktuelt/?innsatsomrade=klima-og-miljo"' in html
    assert 'href="/aktuelt/rss/klima-og-miljo/"' in html


def test_newly_tagged_project_appears_without_curation(client):
    index = ProjectIndexPage.objects.get()
    energy = FocusAreaPage.objects.get(slug="energi")
    add_project(index, 1, focus_areas=[energy])
    assert "Testprosjekt 1" in client.get("/innsatsomrader/energi/").content.decode()


def test_featured_pages_are_shown_first(client):
    area = FocusAreaPage.objects.get(slug="energi")
    seadito = ProjectPage.objects.get(slug="seadito")
    FocusAreaFeaturedPage.objects.create(focus_area=area, page=seadito)
    html = client.get("/innsatsomrader/energi/").content.decode()
    assert html.index("Utvalgt") < html.index("SEADITO") < html.index('id="projects-heading"')


def test_status_filter(client):
    # Only the camp is stated as carried out («ble Innovasjonscampen «Vannet vårt» gjennomført»);
    # the NTP work and the consultation input are described as 2024 activity, status unknown.
    html = client.get("/prosjekter/?status=avsluttet").content.decode()
    assert "Innovasjonscamp «Vannet vårt»" in html
    assert "Nasjonal transportplan" not in html
    assert "SEADITO" not in html
    assert re.search(r">\s*1 prosjekt\s*<", html)


def test_status_and_focus_area_filters_combine(client):
    html = client.get("/prosjekter/?status=pagar&innsatsomrade=klima-og-miljo").content.decode()
    assert "Oppdrag Oslofjorden" in html
    assert "SEADITO" not in html  # the report gives its start, not its status
    assert "Innovasjonscamp «Vannet vårt»" not in html  # completed
    assert "Team Oslo" not in html  # another area


def test_the_status_filter_offers_no_unknown_status(client):
    html = client.get("/prosjekter/").content.decode()
    assert 'value="pagar"' in html
    assert "Ikke oppgitt" not in html


def test_an_unknown_status_is_not_shown(client):
    html = client.get("/prosjekter/seadito/").content.decode()
    assert "Ikke oppgitt" not in html
    assert "Pågår" not in html
    assert "Treårig prosjekt; kick-off 18. september 2024" in html  # the source's words stay
    assert "2024–" not in html and "2027" not in html  # only the start year is stated
    listing = client.get("/prosjekter/").content.decode()
    assert 'status-label--"' not in listing


def test_an_unknown_status_is_null_in_the_api(client):
    seadito = ProjectPage.objects.get(slug="seadito")
    camp = ProjectPage.objects.get(slug="innovasjonscamp-vannet-vart")
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
def test_unknown_filter_values_are_ignored_with_a_message(client, query):
    response = client.get(f"/prosjekter/{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "14 prosjekter" in html
    assert "<script>" not in html


def test_project_page_shows_facts_partners_in_order_and_news(client):
    html = client.get(ENERGY_STATIONS).content.decode()
    assert "Klimasats" in html
    assert "Pågår" in html
    assert "2022–2026" in html
    positions = [
        html.index(name)
        for name in ("Østlandssamarbeidet", "Norconsult", "Mosseregionen", "Drammensregionen")
    ]
    assert positions == sorted(positions)
    assert "Veileder for etablering av energistasjoner er lansert" in html
    assert html.count("<h1") == 1


def test_partner_order_follows_sort_order(client):
    project = ProjectPage.objects.get(slug="seadito")
    partners = list(project.partners.all())
    assert [p.name for p in partners] == ["SINTEF", "Osloregionen IPR"]
    partners[0].sort_order, partners[1].sort_order = 1, 0
    ProjectPartner.objects.bulk_update(partners, ["sort_order"])
    html = client.get("/prosjekter/seadito/").content.decode()
    partners = html[
        html.index('id="partners-heading"') : html.index(
            "</ol>", html.index('id="partners-heading"')
        )
    ]
    assert partners.index("Osloregionen IPR") < partners.index("SINTEF")


def test_unknown_project_is_a_404(client):
    assert client.get("/prosjekter/finnes-ikke/").status_code == 404


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99", str(10**30)])
def test_project_list_pagination_never_fails(client, page):
    assert client.get(f"/prosjekter/?page={page}").status_code in (200, 404)


def test_project_list_queries_do_not_grow_with_items(warm_client):
    index = ProjectIndexPage.objects.get()
    areas = list(FocusAreaPage.objects.all())
    url = "/prosjekter/?status=planlagt"
    add_project(index, 0, status=ProjectStatus.PLANNED, focus_areas=areas[:1])
    warm_client.get(url)
    before = count_queries(warm_client, url)
    for number in range(1, 13):
        add_project(index, number, status=ProjectStatus.PLANNED, focus_areas=areas[:3])
    after = count_queries(warm_client, url)
    assert "13 prosjekter" in warm_client.get(url).content.decode()
    assert after == before


def test_focus_area_page_queries_do_not_grow_with_items(warm_client):
    index = ProjectIndexPage.objects.get()
    url = "/innsatsomrader/fellesskap-og-samarbeid/"
    area = FocusAreaPage.objects.get(slug="fellesskap-og-samarbeid")
    FocusAreaFeaturedPage.objects.create(focus_area=area, page=ProjectPage.objects.first())
    warm_client.get(url)
    before = count_queries(warm_client, url)
    news_index = NewsIndexPage.objects.get()
    for number in range(10):
        project = add_project(index, number, focus_areas=[area])
        FocusAreaFeaturedPage.objects.create(focus_area=area, page=project, sort_order=number)
        news_index.add_child(
            instance=NewsPage(
                title=f"Testnyhet {number}",
                slug=f"testnyhet-{number}",
                date=datetime.date(2025, 1, 1 + number),
                lead="En nyhet laget i en test.",
                focus_areas=[area],
            )
        )
    html = warm_client.get(url).content.decode()
    assert html.count("Testprosjekt 9") == 2  # featured and in the list
    assert html.index("Testnyhet 9") < html.index("Testnyhet 8")  # newest first
    assert count_queries(warm_client, url) == before


def test_featured_pages_keep_the_editors_order(client):
    area = FocusAreaPage.objects.get(slug="energi")
    for order, slug in enumerate(["seadito", "energistasjoner-for-gronn-naeringstransport"]):
        page = ProjectPage.objects.get(slug=slug)
        FocusAreaFeaturedPage.objects.create(focus_area=area, page=page, sort_order=1 - order)
    html = client.get("/innsatsomrader/energi/").content.decode()
    featured = html[html.index('id="featured-heading"') : html.index('id="projects-heading"')]
    assert featured.index("Energistasjoner") < featured.index("SEADITO")


def test_unpublished_and_private_pages_are_left_out_of_focus_area_lists(client):
    area = FocusAreaPage.objects.get(slug="energi")
    seadito = ProjectPage.objects.get(slug="seadito")
    FocusAreaFeaturedPage.objects.create(focus_area=area, page=seadito)
    PageViewRestriction.objects.create(page=seadito, restriction_type="login")
    stations = ProjectPage.objects.get(slug="energistasjoner-for-gronn-naeringstransport")
    stations.unpublish()
    html = client.get("/innsatsomrader/energi/").content.decode()
    assert "SEADITO" not in html
    assert "Energistasjoner for grønn" not in html


def test_project_page_queries_do_not_grow_with_items(warm_client):
    project = ProjectPage.objects.get(slug="seadito")
    warm_client.get(project.url)
    before = count_queries(warm_client, project.url)
    news_index = NewsIndexPage.objects.get()
    for number in range(8):
        ProjectPartner.objects.create(
            project=project, name=f"Partner {number}", sort_order=10 + number
        )
        ProjectFunding.objects.create(project=project, source=f"Kilde {number}", amount=number)
        news_index.add_child(
            instance=NewsPage(
                title=f"Testnyhet {number}",
                slug=f"testnyhet-{number}",
                date=datetime.date(2025, 1, 1 + number),
                lead="En nyhet laget i en test.",
                project=project,
            )
        )
    project.focus_areas.set(FocusAreaPage.objects.all())
    project.save_revision().publish()
    html = warm_client.get(project.url).content.decode()
    assert "Partner 7" in html and "Kilde 7" in html and "Testnyhet 7" in html
    assert html.index("Partner 0") < html.index("Partner 7")
    assert html.index("Testnyhet 7") < html.index("Testnyhet 6")
    assert count_queries(warm_client, project.url) == before


def test_focus_area_index_queries_do_not_grow_with_items(warm_client):
    index = FocusAreaIndexPage.objects.get()
    warm_client.get("/innsatsomrader/")
    before = count_queries(warm_client, "/innsatsomrader/")
    for number in range(5):
        index.add_child(
            instance=FocusAreaPage(title=f"Område {number}", slug=f"omrade-{number}", intro="I")
        )
    assert count_queries(warm_client, "/innsatsomrader/") == before


def test_home_page_shows_focus_areas_and_current_projects(client):
    html = client.get("/").content.decode()
    assert "Innsatsområder" in html
    assert 'href="/innsatsomrader/energi/"' in html
    assert "Pågående prosjekter" in html


def test_home_page_queries_do_not_grow_with_projects(warm_client):
    before = count_queries(warm_client, "/")
    index = ProjectIndexPage.objects.get()
    for number in range(10):
        add_project(index, number, status=ProjectStatus.ONGOING, start_year=2030)
    assert "Testprosjekt" in warm_client.get("/").content.decode()
    assert count_queries(warm_client, "/") == before
