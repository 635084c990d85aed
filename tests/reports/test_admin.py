import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from reports.models import AnnualReportChapterPage, AnnualReportPage, PublicationPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def report_form(**fields) -> dict:
    data = {
        "title": "Årsrapport 2024",
        "slug": "arsrapport-2024-kopi",
        "report_year": 2024,
        "date": "2025-05-01",
        "date_precision": "month",
        "foreword": streamfield([]),
        "key_figures": inline_formset([]),
        "survey_results": inline_formset([]),
    } | fields
    return nested_form_data(data)


@pytest.mark.parametrize(
    "model", [PublicationPage, AnnualReportPage, AnnualReportChapterPage], ids=lambda m: m.__name__
)
def test_editors_can_open_every_page_type(admin_client, model):
    page = model.objects.live().first()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200


def test_second_report_for_the_same_year_is_refused(admin_client, library):
    url = reverse("wagtailadmin_pages:add", args=["reports", "annualreportpage", library.pk])
    response = admin_client.post(url, report_form())
    assert response.status_code == 200
    assert "Det finnes allerede en årsrapport for 2024." in response.content.decode()
    assert not AnnualReportPage.objects.filter(slug="arsrapport-2024-kopi").exists()


def test_report_for_a_new_year_is_accepted(admin_client, library):
    url = reverse("wagtailadmin_pages:add", args=["reports", "annualreportpage", library.pk])
    response = admin_client.post(url, report_form(report_year=2025, slug="arsrapport-2025"))
    assert response.status_code == 302
    report = AnnualReportPage.objects.get(slug="arsrapport-2025")
    assert report.kind == "arsrapport"


def test_draft_chapter_can_be_previewed(admin_client, annual_report):
    draft = AnnualReportChapterPage(
        title="Utkast til kapittel",
        slug="utkast",
        live=False,
        body=[{"type": "heading", "value": {"text": "Første del", "level": "h2"}}],
    )
    annual_report.add_child(instance=draft)
    draft.save_revision()
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[draft.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Utkast til kapittel" in page
    assert f'href="#{AnnualReportChapterPage.anchor("Første del")}"' in page


def test_unknown_chapter_is_404(client):
    assert client.get("/publikasjoner/arsrapport-2024/finnes-ikke/").status_code == 404
