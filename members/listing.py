"""The member list on /medlemmer/: name filter, grouping by county or delregion, and the map.

All present members are fetched in a fixed number of queries and filtered and grouped in
Python: there are at most a few dozen, and Python's casefold() matches æ, ø and å
case-insensitively on every database (SQLite's LIKE only folds ASCII).
"""

import unicodedata
from dataclasses import dataclass, field

from django import forms
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from osloregionen.core import norwegian
from osloregionen.core.filters import ListingFilterForm
from osloregionen.core.visibility import public_only

from .choices import County
from .region_map import build_map

BY_COUNTY = "fylke"
BY_SUBREGION = "delregion"


def _matchable(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


class MemberFilterForm(ListingFilterForm):
    q = forms.CharField(
        label=gettext_lazy("Søk etter kommune"),
        required=False,
        widget=forms.SearchInput(attrs={"maxlength": 100, "autocomplete": "off"}),
    )
    gruppering = forms.ChoiceField(
        label=gettext_lazy("Grupper etter"),
        required=False,
        initial=BY_COUNTY,
        widget=forms.RadioSelect,
        choices=[
            (BY_COUNTY, gettext_lazy("Fylke")),
            (BY_SUBREGION, pgettext_lazy("gruppering", "Delregion")),
        ],
    )

    def __init__(self, params):
        # The list's script finds the name field by its id, ``members-q``.
        super().__init__(params, auto_id="members-%s")


@dataclass
class Group:
    title: str
    anchor: str
    url: str = ""
    members: list = field(default_factory=list)


def present_members(municipalities, subregions, today):
    """The live, public, present ``municipalities`` with their live, public ``subregions``, in
    Norwegian name order."""
    subregions = public_only(subregions.live())
    municipalities = (
        public_only(municipalities)
        .live()
        .current(today)
        .prefetch_related(Prefetch("subregions", queryset=subregions))
    )
    return norwegian.by_title(municipalities)


def group_by_county(municipalities) -> list[Group]:
    groups = {county: Group(county.label, f"fylke-{county.value}") for county in County}
    for municipality in municipalities:
        groups[municipality.county].members.append(municipality)
    return [group for group in groups.values() if group.members]


def group_by_subregion(municipalities, request) -> list[Group]:
    groups: dict[int, Group] = {}
    without = Group(_("Uten delregion"), "delregion-ingen")
    for municipality in municipalities:
        subregions = list(municipality.subregions.all())
        for subregion in subregions:
            if subregion.pk not in groups:
                groups[subregion.pk] = Group(
                    subregion.title, f"delregion-{subregion.slug}", subregion.get_url(request)
                )
            groups[subregion.pk].members.append(municipality)
        if not subregions:
            without.members.append(municipality)
    ordered = sorted(groups.values(), key=lambda group: norwegian.sort_key(group.title))
    return ordered + ([without] if without.members else [])


def member_filters(request) -> dict:
    """The member list's filter form and what it asks for (no query)."""
    form = MemberFilterForm(request.GET)
    grouping = form.applied.get("gruppering", BY_COUNTY)
    return {
        "filter_form": form,
        "query": form.applied.get("q", ""),
        "grouping": grouping,
        "by_subregion": grouping == BY_SUBREGION,
    }


def member_listing(request, municipalities, subregions, query: str, grouping: str) -> dict:
    """The members the filters show, from the querysets of the municipalities and sub-regions:
    the counts, the groups and the map."""
    members = present_members(municipalities, subregions, timezone.localdate())
    shown = members
    if query:
        needle = _matchable(query)
        shown = [m for m in members if needle in _matchable(m.title)]
    groups = (
        group_by_subregion(shown, request) if grouping == BY_SUBREGION else group_by_county(shown)
    )
    return {
        "member_count": len(members),
        "shown_count": len(shown),
        "groups": groups,
        "region_map": build_map(shown, request),
    }
