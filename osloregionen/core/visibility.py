"""Which pages a visitor may see in listings: one helper, inside the listing's own query."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def public_only(pages):
    """``pages`` without those behind a view restriction on themselves or an ancestor.

    The same result as Wagtail's ``public()``, but as an ``Exists`` subquery of the listing's
    own query: no extra query to read the restrictions, however many lists a page shows.
    """
    restriction_above = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return pages.exclude(Exists(restriction_above))
