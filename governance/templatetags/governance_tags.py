"""Governance data on the members' pages, without the members app importing governance."""

from django import template
from django.utils import timezone

from osloregionen.core.visibility import public_among, restricted

from ..models import Membership
from ..naming import in_sentence
from ..organ_context import listed_subregion

register = template.Library()


@register.filter(name="in_sentence")
def organ_in_sentence(name):
    """``{{ organ.title|in_sentence }}``: see ``governance.naming.in_sentence``."""
    return in_sentence(name)


def _current_memberships(today):
    return (
        Membership.objects.current(today)
        .filter(organ__live=True, person__live=True)
        .exclude(restricted("organ__path"))
        .annotate(represents_subregion_listed=listed_subregion())
        .select_related("organ", "represents_subregion", "represents_municipality")
        .order_by("organ__path", "sort_order")
    )


@register.simple_tag
def municipality_people(municipality):
    """People from the municipality who hold a seat in an organ today, each with ``seats``.

    One query: the seats, with their people, grouped by person here. None for a new page
    previewed before its first save.
    """
    if municipality.pk is None:
        return []
    seats = (
        _current_memberships(timezone.localdate())
        .filter(person__municipality=municipality)
        .select_related("person__party")
        .order_by("person__name", "organ__path", "sort_order")
    )
    people = {}
    for seat in seats:
        if seat.person_id not in people:
            people[seat.person_id] = seat.person
            seat.person.seats = []
        people[seat.person_id].seats.append(seat)
    return list(people.values())


@register.simple_tag
def subregion_seats(subregion):
    """The seats held on behalf of a delregion today (its board seat and any others)."""
    if subregion.pk is None:  # a new page previewed before its first save
        return []
    return list(
        _current_memberships(timezone.localdate())
        .filter(represents_subregion=subregion)
        .select_related("person__party", "person__municipality")
    )


@register.simple_tag
def seats_for_subregions_of(municipality):
    """The seats held today for the municipality's delregions (the board seat among them):
    who speaks for the municipality through its regional council."""
    return list(
        _current_memberships(timezone.localdate())
        .filter(represents_subregion__in=public_among(municipality.subregions.all()))
        .select_related("person__party", "person__municipality")
    )
