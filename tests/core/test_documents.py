"""Documents: the PDF accessibility check on upload, «PDF, 12 sider, 1,2 MB», and search inside PDFs."""

import io
from datetime import date

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model

from osloregionen.core.pdf_check import read_pdf
from osloregionen.core.templatetags.core_tags import file_label
from reports.models import PublicationIndexPage, PublicationPage

from .pdfs import make_pdf, tagged_pdf, untagged_pdf

pytestmark = pytest.mark.django_db


def test_a_tagged_pdf_with_title_and_language_passes():
    facts = read_pdf(io.BytesIO(tagged_pdf()))
    assert (facts.page_count, facts.tagged, facts.title, facts.language) == (
        12,
        True,
        "Handlingsplan 2025",
        "nb-NO",
    )
    assert "energistasjoner" in facts.text
    assert facts.passes


def test_an_untagged_pdf_fails_on_tags_title_and_language_but_has_text():
    facts = read_pdf(io.BytesIO(untagged_pdf()))
    assert (facts.page_count, facts.tagged, facts.title, facts.language) == (2, False, "", "")
    assert facts.has_text
    assert not facts.passes


def test_a_scan_without_text_and_a_broken_file_fail():
    assert not read_pdf(
        io.BytesIO(make_pdf(pages=3, tagged=True, title="Skann", lang="nb"))
    ).has_text
    broken = read_pdf(io.BytesIO(b"%PDF-1.7 not really"))
    assert not broken.readable and broken.page_count is None


def upload(client, name: str, content: bytes):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(f"{name}.pdf", content, "application/pdf")},
    )


def test_upload_reads_the_facts_and_the_link_tells_pages_and_size(admin_client):
    upload(admin_client, "handlingsplan", tagged_pdf())
    document = get_document_model().objects.get(title="handlingsplan")
    assert document.page_count == 12 and document.passes_pdf_check
    assert document.accessibility_problems == []
    assert file_label(document).startswith("PDF, 12 sider, ")


def test_the_editor_sees_what_failed_and_is_prompted_for_a_web_version(admin_client):
    upload(admin_client, "protokoll", untagged_pdf())
    document = get_document_model().objects.get(title="protokoll")
    assert document.pdf_tagged is False and document.pdf_has_text is True
    page = admin_client.get(reverse("wagtaildocs:edit", args=[document.pk])).content.decode()
    assert "Tilgjengelighetssjekk av PDF-en" in page
    assert "PDF-en har 2 sider." in page
    assert "PDF-en er ikke tagget" in page
    assert "PDF-en mangler tittel" in page
    assert "PDF-en har ikke oppgitt språk" in page
    assert "Tilgjengelig versjon som nettside" in page


def test_a_new_file_is_checked_again(admin_client):
    upload(admin_client, "notat", untagged_pdf())
    document = get_document_model().objects.get(title="notat")
    admin_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": "notat",
            "file": SimpleUploadedFile("notat.pdf", tagged_pdf(pages=3), "application/pdf"),
        },
    )
    document.refresh_from_db()
    assert document.page_count == 3 and document.passes_pdf_check


def test_a_word_file_is_not_checked_as_a_pdf():
    document = get_document_model()(
        title="Referat", file=ContentFile(b"PK\x03\x04", name="referat.docx")
    )
    document._set_document_file_metadata()
    assert document.page_count is None and document.accessibility_problems == []
    assert file_label(document) == "DOCX, 4\u00a0byte"


@pytest.fixture
def publication_with_pdf(home_page):
    library = PublicationIndexPage.objects.first()
    if library is None:
        library = home_page.add_child(
            instance=PublicationIndexPage(title="Publikasjoner", slug="publikasjoner")
        )
    document = get_document_model()(
        title="Kartlegging av ladepunkter",
        file=ContentFile(
            untagged_pdf("Kartleggingen omfatter hurtiglading langs riksvegene"),
            name="kartlegging.pdf",
        ),
    )
    document._set_document_file_metadata()
    document.save()
    publication = library.add_child(
        instance=PublicationPage(
            title="Kartlegging av ladepunkter",
            slug="kartlegging-av-ladepunkter",
            kind="rapport",
            date=date(2024, 5, 1),
            date_precision="month",
            document=document,
        )
    )
    publication.save_revision().publish()
    return publication


@pytest.mark.indexed
def test_search_finds_a_publication_by_a_word_inside_its_pdf(client, publication_with_pdf):
    page = client.get("/sok/", {"q": "hurtiglading"}).content.decode()
    assert publication_with_pdf.title in page


def test_the_public_link_warns_about_an_inaccessible_pdf(client, publication_with_pdf):
    page = client.get(publication_with_pdf.url).content.decode()
    assert "PDF, 2 sider," in page
    assert "PDF-en er ikke fullt tilgjengelig for skjermlesere." in page


def test_the_public_link_offers_the_web_version_when_there_is_one(
    client, publication_with_pdf, home_page
):
    document = publication_with_pdf.document
    document.html_version = home_page
    document.save()
    page = client.get(publication_with_pdf.url).content.decode()
    assert "Les «Kartlegging av ladepunkter» som nettside" in page
    assert "ikke fullt tilgjengelig" not in page
