"""The image a page shows in structured data: its own, or else the site's logo.

The logo is ``static/img/logo.svg`` when the site ships one; without it there is no fallback
and the image is left out (the share-image generator, when present, is the better fallback).
"""

from functools import cache

from django.contrib.staticfiles import finders
from django.templatetags.static import static

from .site_address import site_url

LOGO = "img/logo.svg"


@cache
def _logo_path() -> str | None:
    return static(LOGO) if finders.find(LOGO) else None


def logo_url(request) -> str | None:
    """The logo's absolute URL on the site's configured address, or ``None`` without a logo."""
    path = _logo_path()
    return site_url(request, path) if path else None


def image_url(request, image=None) -> str | None:
    """The absolute URL of ``image`` (a 1200×630 rendition) or of the logo, or ``None``."""
    if image is not None:
        return site_url(request, image.get_rendition("fill-1200x630").url)
    return logo_url(request)
