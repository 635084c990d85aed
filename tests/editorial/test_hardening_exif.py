"""GPS position and camera serial number are removed from uploaded photos and their renditions."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db

GPS_IFD, EXIF_IFD, BODY_SERIAL, ORIENTATION = 0x8825, 0x8769, 0xA431, 0x0112


def photo_with_gps() -> bytes:
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    exif[0x013B] = "Fotografens Navn"  # Artist
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (59.0, 54.0, 41.0), 3: "E", 4: (10.0, 45.0, 8.0)})
    exif.get_ifd(EXIF_IFD)[BODY_SERIAL] = "SERIE-12345"
    output = BytesIO()
    Image.new("RGB", (64, 48), "teal").save(output, "JPEG", exif=exif.tobytes())
    return output.getvalue()


def _exif(file) -> Image.Exif:
    file.open("rb")
    with Image.open(file) as image:
        return image.getexif()


def test_uploaded_photo_keeps_only_its_orientation(admin_client):
    assert _exif(SimpleUploadedFile("a.jpg", photo_with_gps())).get_ifd(GPS_IFD)  # the fixture
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Foto med posisjon",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("foto.jpg", photo_with_gps(), content_type="image/jpeg"),
        },
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Foto med posisjon")
    for stored in (image.file, image.get_rendition("width-32").file):
        exif = _exif(stored)
        assert not exif.get_ifd(GPS_IFD)
        assert BODY_SERIAL not in exif.get_ifd(EXIF_IFD)
        assert 0x013B not in exif
    assert _exif(image.file)[ORIENTATION] == 6
