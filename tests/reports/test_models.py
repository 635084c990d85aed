from datetime import date

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page

from osloregionen.home.models import HomePage
from reports.models import (
    AnnualReportChapterPage,
    AnnualReportPage,
    PublicationIndexPage,
    PublicationPage,
)
from tests.factories import MeetingPageFactory, OrganPageFactory
from tests.wagtail_asserts import page_assertions

pytestmark = pytest.mark.django_db


def new_publication(**fields) -> PublicationPage:
    fields = {
        "title": "Test",
        "slug": "test",
        "kind": "innspill",
        "date": date(2024, 1, 1),
    } | fields
    return PublicationPage(**fields)


def test_page_type_rules():
    rules = page_assertions()
    rules.assertAllowedParentPageTypes(PublicationIndexPage, {HomePage})
    rules.assertAllowedSubpageTypes(PublicationIndexPage, {PublicationPage, AnnualReportPage})
    rules.assertAllowedParentPageTypes(PublicationPage, {PublicationIndexPage})
    rules.assertAllowedSubpageTypes(PublicationPage, set())
    rules.assertAllowedSubpageTypes(AnnualReportPage, {AnnualReportChapterPage})
    rules.assertAllowedParentPageTypes(AnnualReportChapterPage, {AnnualReportPage})
    rules.assertAllowedSubpageTypes(AnnualReportChapterPage, set())


def test_library_is_a_singleton_under_home(library):
    home = library.get_parent().specific
    page_assertions().assertCanCreateAt(HomePage, PublicationIndexPage)
    assert not PublicationIndexPage.can_create_at(home)


def test_publications_go_in_the_library_only(library, annual_report):
    home = library.get_parent()
    assert PublicationPage.can_create_at(library)
    assert AnnualReportPage.can_create_at(library)
    assert not PublicationPage.can_create_at(home)
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
    board = OrganPageFactory(title="Styret")
    own_meeting = MeetingPageFactory(parent__parent=board)
    other_meeting = MeetingPageFactory()  # of another organ
    page = new_publication(adopted_by=board, adopted_at_meeting=other_meeting)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "adopted_at_meeting" in error.value.message_dict
    new_publication(adopted_by=board, adopted_at_meeting=own_meeting).clean()


def test_meeting_fills_in_and_checks_the_date():
    meeting = MeetingPageFactory(date=date(2024, 6, 24))
    organ = meeting.get_parent().get_parent().specific
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
