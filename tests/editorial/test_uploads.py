"""Refused uploads: SVG and HTML (also renamed), files over the size limit, images over the pixel limit."""

from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock

from osloregionen.editorial.uploads import MARKUP_REFUSED

pytestmark = pytest.mark.django_db

SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
)
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


def png_bytes(width=20, height=20) -> bytes:
    buffer = BytesIO()
    PILImage.new("RGB", (width, height), "#5a2d82").save(buffer, "PNG")
    return buffer.getvalue()


def upload_image(client, name, content, content_type="image/png"):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": "Testbilde", "file": SimpleUploadedFile(name, content, content_type)},
    )


def upload_document(client, name, content, content_type="application/pdf"):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": "Testdokument", "file": SimpleUploadedFile(name, content, content_type)},
    )


def form_errors(response) -> str:
    assert response.status_code == 200, "the form should be shown again with an error"
    return " ".join(str(error) for error in response.context["form"].errors.get("file", []))


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.mark.parametrize(
    ("name", "content"),
    [("logo.svg", SVG), ("side.html", HTML), ("omdopt.png", SVG), ("omdopt.jpg", HTML)],
)
def test_markup_images_are_refused(editor_client, name, content):
    count = get_image_model().objects.count()
    errors = form_errors(upload_image(editor_client, name, content))
    assert "SVG" in errors and "HTML" in errors
    assert get_image_model().objects.count() == count


@pytest.mark.parametrize(
    ("name", "content"),
    [("tegning.svg", SVG), ("side.html", HTML), ("side.htm", HTML), ("rapport.pdf", HTML)],
)
def test_markup_documents_are_refused(editor_client, name, content):
    count = get_document_model().objects.count()
    errors = form_errors(upload_document(editor_client, name, content))
    assert errors == MARKUP_REFUSED
    assert get_document_model().objects.count() == count


def test_other_document_types_get_a_norwegian_error(editor_client):
    errors = form_errors(upload_document(editor_client, "program.exe", b"MZ binary"))
    assert "Filtypen .exe er ikke tillatt" in errors


@override_settings(DOCUMENTS_MAX_UPLOAD_SIZE=1000)
def test_documents_over_the_size_limit_are_refused(editor_client):
    errors = form_errors(upload_document(editor_client, "stor.pdf", b"%PDF-1.4" + b"0" * 2000))
    assert "Filen er for stor" in errors
    assert "1000\xa0byte" in errors


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=100)
def test_images_over_the_size_limit_are_refused(editor_client):
    errors = form_errors(upload_image(editor_client, "stort.png", png_bytes(200, 200)))
    assert "Filen er for stor" in errors


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=100)
def test_images_over_the_pixel_limit_are_refused(editor_client):
    errors = form_errors(upload_image(editor_client, "mange-piksler.png", png_bytes(20, 20)))
    assert "Bildet har for mange piksler (400)" in errors


def test_a_normal_image_and_pdf_are_accepted(editor_client):
    assert upload_image(editor_client, "rådhuset.png", png_bytes()).status_code == 302
    response = upload_document(editor_client, "arsrapport.pdf", b"%PDF-1.4\n%%EOF")
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Testdokument")
    assert document.file_extension == "pdf"
    assert document.file_size > 0


def test_image_block_requires_alt_text_unless_decorative():
    image = get_image_model().objects.create(
        title="Rådhuset", file=SimpleUploadedFile("radhuset.png", png_bytes())
    )
    block = ImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "decorative": False, "alt_text": ""}))
    value = block.clean(
        block.to_python({"image": image.pk, "decorative": False, "alt_text": "Oslo rådhus"})
    )
    assert value.contextual_alt_text == "Oslo rådhus"


@pytest.mark.parametrize(
    ("url_name", "name", "content"),
    [
        ("wagtailimages:add_multiple", "logo.svg", SVG),
        ("wagtailimages:add_multiple", "forside.png", HTML),
        ("wagtaildocs:add_multiple", "side.html", HTML),
        ("wagtaildocs:add_multiple", "tegning.svg", SVG),
    ],
)
def test_drag_and_drop_uploads_are_refused_too(editor_client, url_name, name, content):
    response = editor_client.post(
        reverse(url_name), {"files[]": SimpleUploadedFile(name, content, "text/html")}
    )
    assert response.status_code == 200
    result = response.json()
    assert result["success"] is False
    assert "SVG" in result["error_message"] and "HTML" in result["error_message"]
