"""Which pages a visitor may see in listings: one helper, inside the listing's own query."""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import PageViewRestriction


def public_only(pages):
    """``pages`` without those behind a view restriction on themselves or an ancestor, and
    without those past their expiry time that ``publish_scheduled`` has not yet unpublished.

    The same result as Wagtail's ``public()``, but as an ``Exists`` subquery of the listing's
    own query: no extra query to read the restrictions, however many lists a page shows.
    """
    restriction_above = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    expired = Q(expire_at__lte=timezone.now())
    return pages.exclude(Exists(restriction_above)).exclude(expired)


def live_children(request, page) -> list:
    """The live public children of ``page`` as specific objects with their own fields deferred
    (one query), cached on the request: the home sections find their index pages here."""
    cache = request.__dict__.setdefault("_osloregionen_live_children", {})
    if page.pk not in cache:
        cache[page.pk] = list(
            public_only(page.get_children()).live().specific(defer=True).order_by("path")
        )
    return cache[page.pk]
