import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from reports.models import AnnualReportChapterPage, AnnualReportPage
from tests.factories import (
    AnnualReportChapterPageFactory,
    AnnualReportPageFactory,
    PublicationPageFactory,
)
from tests.wagtail_asserts import page_assertions

pytestmark = pytest.mark.django_db


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
    "factory",
    [PublicationPageFactory, AnnualReportPageFactory, AnnualReportChapterPageFactory],
    ids=lambda factory: factory._meta.model.__name__,
)
def test_editors_can_open_every_page_type(admin_client, factory):
    page = factory(title="Siden som redigeres")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert "Siden som redigeres" in response.content.decode()


def test_second_report_for_the_same_year_is_refused(admin_client, library, annual_report):
    url = reverse("wagtailadmin_pages:add", args=["reports", "annualreportpage", library.pk])
    response = admin_client.post(url, report_form())
    assert response.status_code == 200
    assert "Det finnes allerede en årsrapport for 2024." in response.content.decode()
    assert not AnnualReportPage.objects.filter(slug="arsrapport-2024-kopi").exists()


def test_report_for_a_new_year_is_accepted(admin_client, library, annual_report):
    page_assertions(admin_client).assertCanCreate(
        library, AnnualReportPage, report_form(report_year=2025, slug="arsrapport-2025")
    )
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


def test_unknown_chapter_is_404(client, annual_report):
    AnnualReportChapterPageFactory(parent=annual_report, slug="forord")
    assert client.get("/publikasjoner/arsrapport-2024/forord/").status_code == 200
    assert client.get("/publikasjoner/arsrapport-2024/finnes-ikke/").status_code == 404
