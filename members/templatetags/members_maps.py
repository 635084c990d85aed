"""The locator map on a municipality page: the region map's outline with every member as a
small dot and this municipality highlighted (members/region_map.py projects the points)."""

from django import template

from members.models import MunicipalityPage
from members.region_map import load_outline

register = template.Library()


@register.simple_tag
def locator_map(page) -> dict | None:
    """Everything components/locator_map.html draws, or None without a built outline or a
    position for ``page``. One query for the other members' positions."""
    outline = load_outline()
    if outline is None or page.latitude is None or page.longitude is None:
        return None
    positions = (
        MunicipalityPage.objects.live()
        .exclude(pk=page.pk)
        .filter(latitude__isnull=False, longitude__isnull=False)
        .values_list("latitude", "longitude")
    )
    return {
        "outline": outline,
        "here": outline.project(float(page.longitude), float(page.latitude)),
        "others": [outline.project(float(lon), float(lat)) for lat, lon in positions],
    }
