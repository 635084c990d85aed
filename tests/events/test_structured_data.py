"""Event JSON-LD: a location wherever the page knows one (place, municipality or online), the
event's image when it has one (else its share image, /og/<id>.png)."""

import json
import re
from datetime import datetime

import pytest

from events.choices import Attendance
from tests.factories import MunicipalityPageFactory

pytestmark = pytest.mark.django_db


def json_ld(client, page) -> dict:
    html = client.get(page.url).content.decode()
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html)[1])


@pytest.mark.parametrize(
    ("fields", "location"),
    [
        ({"venue": "Oslo rådhus"}, {"@type": "Place", "name": "Oslo rådhus"}),
        ({"address": "Rådhusplassen 1"}, {"@type": "Place", "name": ""}),
        ({"municipality": "Moss"}, {"@type": "Place", "name": "Moss"}),
        (
            {"attendance": Attendance.ONLINE, "online_url": "https://example.org/live"},
            {"@type": "VirtualLocation", "url": "https://example.org/live"},
        ),
        ({}, None),
    ],
    ids=["venue", "address", "municipality", "online", "unknown"],
)
def test_an_event_has_a_location_wherever_it_knows_one(client, make_event, fields, location):
    if "municipality" in fields:
        fields["municipality"] = MunicipalityPageFactory(title=fields["municipality"])
    data = json_ld(client, make_event("sted", datetime(2024, 3, 1, 10), **fields))
    if location is None:
        assert "location" not in data
    else:
        assert {key: data["location"][key] for key in location} == location


def test_an_online_event_without_a_link_points_to_its_page(client, make_event):
    event = make_event("webinar", datetime(2024, 3, 1, 10), attendance=Attendance.ONLINE)
    data = json_ld(client, event)
    assert data["location"] == {"@type": "VirtualLocation", "url": f"http://testserver{event.url}"}


def test_an_event_with_an_image_has_it_in_json_ld(client, make_event):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Scene", file=get_test_image_file(size=(1400, 800)))
    without = make_event("uten-bilde", datetime(2024, 3, 1, 10))
    assert json_ld(client, without)["image"].startswith(f"http://testserver/og/{without.pk}.png")
    event = make_event("med-bilde", datetime(2024, 3, 2, 10), listing_image=image)
    url = json_ld(client, event)["image"]
    assert url.startswith("http://testserver/") and "logo" not in url
