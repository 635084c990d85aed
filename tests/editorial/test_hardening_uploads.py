"""Images too large for Pillow to read, or cut off, get a clear Norwegian error, not a 500."""

import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` × ``height`` pixels but holds no picture data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def _upload(admin_client, content: bytes):
    return admin_client.post(
        "/admin/images/add/",
        {
            "title": "Stort bilde",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("stort.png", content, content_type="image/png"),
        },
    )


def test_image_over_pillows_limit_is_refused_with_a_norwegian_error(admin_client):
    response = _upload(admin_client, png_header(20_000, 10_000))  # 200 megapixels
    assert response.status_code == 200
    assert "Bildet har for mange piksler" in response.content.decode()
    assert not get_image_model().objects.filter(title="Stort bilde").exists()


def test_truncated_image_is_refused_as_not_an_image(admin_client):
    response = _upload(admin_client, png_header(400, 300))
    assert response.status_code == 200
    assert "Filen er ikke et bilde vi kan bruke" in response.content.decode()
