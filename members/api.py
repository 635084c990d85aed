"""API fields of member municipalities and delregioner: number, county, delregioner and who
represents them in Osloregionen's organs (with role and period)."""

from governance.api import MEMBERSHIP, in_order, membership_list, membership_lookups
from osloregionen.core import norwegian
from osloregionen.core.api_fields import (
    DATE,
    NUMBER,
    STRING,
    TEXT,
    URL,
    CallableField,
    Field,
    array,
    choice,
    nullable,
    pages_field,
    stream_field,
)

COUNTIES = ["oslo", "akershus", "buskerud", "ostfold", "innlandet", "vestfold", "telemark"]


def _county(page, request):
    return {"value": page.county, "label": page.get_county_display()}


def _coordinate(name):
    def read(page, request):
        value = getattr(page, name)
        return float(value) if value is not None else None

    return CallableField(read)


def _municipality_representatives(page, request):
    """Who sits for the municipality itself, and who holds its delregions' seats."""
    rows = in_order(page.represented_by)
    for subregion in page.subregions.all():
        rows += in_order(subregion.memberships)
    return membership_list(rows, request, with_organ=True)


def _people(page, request):
    people = sorted(page.people.all(), key=lambda person: norwegian.sort_key(person.name))
    return membership_list(
        [row for person in people for row in in_order(person.memberships)],
        request,
        with_organ=True,
    )


def _subregion_representatives(page, request):
    return membership_list(in_order(page.memberships), request, with_organ=True)


MUNICIPALITY_API_FIELDS = [
    Field("official_name", STRING),
    Field("municipality_number", {"type": "string", "pattern": r"^[0-9]{4}$"}),
    Field("county", choice(COUNTIES), CallableField(_county)),
    Field("administrative_centre", TEXT),
    Field("latitude", nullable(NUMBER), _coordinate("latitude")),
    Field("longitude", nullable(NUMBER), _coordinate("longitude")),
    Field("website", {"anyOf": [URL, {"const": ""}]}),
    Field("member_since", nullable(DATE)),
    Field("member_until", nullable(DATE)),
    pages_field("subregions"),
    Field(
        "representatives",
        array(MEMBERSHIP),
        CallableField(_municipality_representatives),
        prefetch=[
            *membership_lookups("represented_by", with_organ=True),
            *membership_lookups("subregions__memberships", with_organ=True),
        ],
    ),
    Field(
        "people",
        array(MEMBERSHIP),
        CallableField(_people),
        prefetch=membership_lookups("people__memberships", with_organ=True),
    ),
    Field("intro", TEXT),
    stream_field("body"),
]

SUBREGION_API_FIELDS = [
    Field("intro", TEXT),
    Field("website", {"anyOf": [URL, {"const": ""}]}),
    pages_field("municipalities"),
    Field(
        "representatives",
        array(MEMBERSHIP),
        CallableField(_subregion_representatives),
        prefetch=membership_lookups("memberships", with_organ=True),
    ),
    stream_field("body"),
]
