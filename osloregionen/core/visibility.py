"""Which pages a visitor may see in listings, looked up once per request."""

from django.db.models import Q
from wagtail.models import Page


def private_pages_q(request) -> Q:
    """Wagtail's ``private_q()`` (pages behind a view restriction), one query per request.

    Each ``.public()`` makes its own query; a page with several lists (the home page, a focus
    area) excludes ``private_pages_q(request)`` from each instead.
    """
    cached = getattr(request, "_osloregionen_private_q", None)
    if cached is None:
        cached = request._osloregionen_private_q = Page.objects.private_q()
    return cached
