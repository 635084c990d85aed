"""NUL bytes and invalid UTF-8 get a 400 page before any view or query runs."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/sok/?q=vis%00jon",
        "/aktuelt/?page=%ff",
        "/aktuelt/?page=%c0%af",
        "/api/v2/pages/?search=%00",
        "/api/v2/pages/?locale=nb%00",
        "/api/v2/pages/find/?html_path=%00",
        "/aktuelt/%00/",
    ],
)
def test_nul_and_invalid_utf8_in_the_url_are_a_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "Ugyldig adresse" in response.content.decode()


def test_invalid_utf8_in_the_path_is_a_400(client):
    response = client.get("/aktuelt/%ff/")
    assert response.status_code == 400


def test_readable_unicode_is_let_through(client):
    assert client.get("/sok/", {"q": "Bærum ² %00"}).status_code == 200
    assert client.get("/sok/?q=Bærum").status_code == 200


def test_nul_in_a_posted_form_is_a_400(client):
    response = client.post("/admin/login/", {"username": "a\x00b", "password": "x"})
    assert response.status_code == 400


def test_invalid_utf8_in_a_posted_form_is_a_400(client):
    response = client.post(
        "/admin/login/",
        b"username=%ff&password=x",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400


def test_nul_in_a_multipart_field_is_a_400(client):
    upload = SimpleUploadedFile("a.txt", b"hei")
    response = client.post("/admin/login/", {"username": "a\x00", "file": upload})
    assert response.status_code == 400


def test_a_large_anonymous_post_is_refused_unread(client):
    body = b"password=" + b"x" * (200 * 1024)
    response = client.post("/admin/login/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 413
    assert "For stor forespørsel" in response.content.decode()


def test_a_logged_in_editor_may_post_a_larger_form(admin_client):
    body = b"q=" + b"x" * (200 * 1024)
    response = admin_client.post(
        "/admin/pages/search/", body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code != 413
