"""Governance data on the members' pages, without the members app importing governance."""

from django import template
from django.db.models import Prefetch
from django.utils import timezone

from ..models import Membership, Person

register = template.Library()


def _current_memberships(today):
    return (
        Membership.objects.current(today)
        .filter(organ__live=True)
        .select_related("organ", "represents_subregion", "represents_municipality")
        .order_by("organ__path", "sort_order")
    )


@register.simple_tag
def municipality_people(municipality):
    """People from the municipality who hold a seat in an organ today, with their seats."""
    today = timezone.localdate()
    people = (
        Person.objects.filter(
            municipality=municipality, memberships__in=_current_memberships(today).values("pk")
        )
        .distinct()
        .select_related("party")
        .prefetch_related(
            Prefetch("memberships", queryset=_current_memberships(today), to_attr="seats")
        )
    )
    return list(people)


@register.simple_tag
def subregion_seats(subregion):
    """The seats held on behalf of a delregion today (its board seat and any others)."""
    return list(
        _current_memberships(timezone.localdate())
        .filter(represents_subregion=subregion)
        .select_related("person__party", "person__municipality")
    )
