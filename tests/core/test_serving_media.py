"""Public media: images and renditions are files anyone may fetch; documents never are."""

import pytest

pytestmark = pytest.mark.django_db


def test_an_image_rendition_is_served_and_cached(client):
    from wagtail_factories import ImageFactory

    rendition = ImageFactory().get_rendition("fill-100x100")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]


def test_documents_are_not_served_from_the_media_folder(client):
    from wagtail_factories import DocumentFactory

    document = DocumentFactory()
    assert client.get("/media/" + document.file.name).status_code == 404
    assert client.get(document.url).status_code == 200  # Wagtail's own view


def test_path_tricks_do_not_reach_documents(client):
    assert client.get("/media/images/../documents/x.pdf").status_code == 404
