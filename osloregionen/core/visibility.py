"""Which pages a visitor may see in listings: one helper, inside the listing's own query."""

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import PageViewRestriction


def public_only(pages):
    """``pages`` without those behind a view restriction on themselves or an ancestor, and
    without those past their expiry time that ``publish_scheduled`` has not yet unpublished.

    The same result as Wagtail's ``public()``, but as an ``Exists`` subquery of the listing's
    own query: no extra query to read the restrictions, however many lists a page shows.
    """
    expired = Q(expire_at__lte=timezone.now())
    return pages.exclude(restricted("path")).exclude(expired)


def restricted(path: str) -> Exists:
    """True for rows whose page at ``path`` (``"path"``, or a relation's, like
    ``"represents_subregion__path"``) is behind a view restriction on itself or an ancestor."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef(path), 1, Length("page__path"))
        )
    )


def listed(relation: str) -> Q:
    """The page that ``relation`` points to is live, public and not expired: for annotating
    rows that name a page (a seat «for» a sub-region) in the rows' own query."""
    return (
        Q(**{f"{relation}__live": True})
        & ~Q(restricted(f"{relation}__path"))
        & ~Q(**{f"{relation}__expire_at__lte": timezone.now()})
    )


def public_among(related):
    """The live, public pages of ``related`` (a many-to-many's ``.all()``: a queryset, or the
    pages in memory of a preview's unsaved form) as a queryset."""
    ids = related.values("pk") if isinstance(related, QuerySet) else [page.pk for page in related]
    return public_only(related.model.objects.live().filter(pk__in=ids))
