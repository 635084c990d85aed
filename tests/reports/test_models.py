from datetime import date

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page

from governance.models import MeetingPage, OrganPage
from osloregionen.home.models import HomePage
from reports.models import (
    AnnualReportChapterPage,
    AnnualReportPage,
    PublicationIndexPage,
    PublicationPage,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def new_publication(**fields) -> PublicationPage:
    fields = {
        "title": "Test",
        "slug": "test",
        "kind": "innspill",
        "date": date(2024, 1, 1),
    } | fields
    return PublicationPage(**fields)


def test_page_type_rules():
    assert PublicationIndexPage.allowed_parent_page_models() == [HomePage]
    assert set(PublicationIndexPage.allowed_subpage_models()) == {PublicationPage, AnnualReportPage}
    assert PublicationPage.allowed_parent_page_models() == [PublicationIndexPage]
    assert PublicationPage.allowed_subpage_models() == []
    assert AnnualReportPage.allowed_subpage_models() == [AnnualReportChapterPage]
    assert AnnualReportChapterPage.allowed_parent_page_models() == [AnnualReportPage]
    assert AnnualReportChapterPage.allowed_subpage_models() == []


def test_library_is_a_singleton_under_home(home_page, library):
    assert PublicationIndexPage in home_page.specific_class.allowed_subpage_models()
    assert not PublicationIndexPage.can_create_at(home_page)


def test_publications_go_in_the_library_only(home_page, library, annual_report):
    assert PublicationPage.can_create_at(library)
    assert AnnualReportPage.can_create_at(library)
    assert not PublicationPage.can_create_at(home_page)
    assert AnnualReportChapterPage.can_create_at(annual_report)
    assert not AnnualReportChapterPage.can_create_at(library)
    assert not PublicationPage.can_create_at(Page.get_first_root_node())


def test_document_and_external_link_cannot_both_be_set(library):
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(title="Fil", file="documents/fil.pdf")
    page = new_publication(document=document, external_url="https://example.org/fil.pdf")
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert set(error.value.message_dict) == {"document", "external_url"}
    assert "enten et dokument eller en ekstern lenke" in str(error.value)


def test_a_publication_cannot_be_an_annual_report():
    with pytest.raises(ValidationError) as error:
        new_publication(kind="arsrapport").clean()
    assert "Årsrapport" in error.value.message_dict["kind"][0]


def test_annual_report_kind_is_fixed(annual_report):
    annual_report.kind = "strategi"
    annual_report.save()
    annual_report.refresh_from_db()
    assert annual_report.kind == "arsrapport"


def test_meeting_must_belong_to_the_adopting_organ():
    board = OrganPage.objects.get(slug="styret")
    other_meeting = MeetingPage.objects.not_descendant_of(board).first()
    page = new_publication(adopted_by=board, adopted_at_meeting=other_meeting)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "adopted_at_meeting" in error.value.message_dict


def test_meeting_fills_in_and_checks_the_date():
    meeting = MeetingPage.objects.first()
    organ = OrganPage.objects.ancestor_of(meeting).last()
    page = new_publication(adopted_by=organ, adopted_at_meeting=meeting)
    page.clean()
    assert page.adopted_date == meeting.date
    page.adopted_date = date(1999, 1, 1)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "adopted_date" in error.value.message_dict


def test_adoption_date_needs_an_organ():
    with pytest.raises(ValidationError) as error:
        new_publication(adopted_date=date(2024, 5, 1)).clean()
    assert "adopted_by" in error.value.message_dict


def test_chapter_headings_must_not_skip_a_level():
    chapter = AnnualReportChapterPage(
        title="Kapittel",
        slug="kapittel",
        body=[
            {"type": "heading", "value": {"text": "Del", "level": "h2"}},
            {"type": "heading", "value": {"text": "Hopper over", "level": "h4"}},
        ],
    )
    with pytest.raises(ValidationError) as error:
        chapter.clean()
    assert "«Hopper over» hopper over et nivå" in error.value.message_dict["body"][0]


def test_chapter_table_of_contents_nests_h3_under_h2():
    chapter = AnnualReportChapterPage(
        body=[
            {"type": "heading", "value": {"text": "Klima og miljø", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Tekst</p>"},
            {"type": "heading", "value": {"text": "Innovasjonscamp “Vannet vårt”", "level": "h3"}},
            {"type": "heading", "value": {"text": "Detalj", "level": "h4"}},
        ]
    )
    assert chapter.table_of_contents() == [
        {
            "text": "Klima og miljø",
            "anchor": "klima-og-miljo",
            "children": [
                {
                    "text": "Innovasjonscamp “Vannet vårt”",
                    "anchor": "innovasjonscamp-vannet-vart",
                    "children": [],
                }
            ],
        }
    ]


@pytest.mark.parametrize(
    ("precision", "iso"), [("day", "2024-03-18"), ("month", "2024-03"), ("year", "2024")]
)
def test_date_is_as_precise_as_known(precision, iso):
    assert new_publication(date=date(2024, 3, 18), date_precision=precision).date_iso == iso
