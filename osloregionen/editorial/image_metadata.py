"""Photos lose their private metadata on upload: GPS position, camera serial number, owner.

Wagtail's renditions (Willow) copy the original's EXIF block into every JPEG and WebP they
write, and the original itself lies in the media storage, so the metadata is removed from the
original once, when it is uploaded. Only the orientation is kept, so photos still stand the
right way up. JPEGs are written again with their own quantisation tables (``quality="keep"``),
so they lose no visible quality.
"""

from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

ORIENTATION = 0x0112
_SAVE_OPTIONS = {
    "JPEG": {"quality": "keep", "subsampling": "keep"},
    "PNG": {},
    "WEBP": {"quality": 90},
}


def without_private_metadata(uploaded):
    """``uploaded`` itself when it carries no EXIF beyond the orientation, else a clean copy."""
    uploaded.seek(0)
    with Image.open(uploaded) as image:
        options = _SAVE_OPTIONS.get(image.format)
        exif = image.getexif()
        if options is None or getattr(image, "n_frames", 1) > 1 or set(exif) <= {ORIENTATION}:
            uploaded.seek(0)
            return uploaded
        kept = Image.Exif()
        if ORIENTATION in exif:
            kept[ORIENTATION] = exif[ORIENTATION]
        if icc_profile := image.info.get("icc_profile"):
            options = {**options, "icc_profile": icc_profile}
        output = BytesIO()
        image.save(output, format=image.format, exif=kept.tobytes(), **options)
    return SimpleUploadedFile(
        uploaded.name, output.getvalue(), content_type=getattr(uploaded, "content_type", None)
    )
