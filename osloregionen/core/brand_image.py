"""The image a page shows in structured data: its own, else its drawn share image, else the
site's logo.

The logo is ``static/img/logo.svg`` when the site ships one (the organisation's ``logo``).
"""

from functools import cache

from django.contrib.staticfiles import finders
from django.templatetags.static import static

from .share_image import path as share_image_path
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


def page_image_url(request, page, image=None) -> str | None:
    """The image of ``page`` in its structured data: ``image`` (a 1200×630 rendition), else the
    page's drawn share image (the og:image, ``/og/<page_id>.png``), else the logo (a page
    previewed before its first save has no share image yet)."""
    if image is None and getattr(page, "pk", None):
        return site_url(request, share_image_path(page))
    return image_url(request, image)
