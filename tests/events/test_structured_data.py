"""Event JSON-LD: a location wherever the page knows one (place, municipality or online), the
event's image when it has one; NewsArticle with its image and dates."""

import json
import re

import pytest

from events.choices import Attendance
from events.models import EventPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def json_ld(client, page) -> dict:
    html = client.get(page.url).content.decode()
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html)[1])


def test_every_event_with_a_known_place_or_online_attendance_has_a_location(client):
    events = list(EventPage.objects.live().select_related("municipality"))
    without = []
    for event in events:
        data = json_ld(client, event)
        knows_place = event.venue or event.address or event.municipality_id
        if knows_place or event.attendance != Attendance.IN_PERSON:
            assert "location" in data, event.title
        elif "location" not in data:
            without.append(event.title)
    print(f"\n{len(events) - len(without)}/{len(events)} events have a location in JSON-LD")


def test_an_online_event_without_a_link_points_to_its_page(client):
    event = EventPage.objects.live().first()
    event.attendance, event.online_url = Attendance.ONLINE, ""
    event.venue = event.address = ""
    event.municipality = None
    event.save_revision().publish()
    data = json_ld(client, event)
    assert data["location"] == {"@type": "VirtualLocation", "url": f"http://testserver{event.url}"}


def test_an_event_with_an_image_has_it_in_json_ld(client):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Scene", file=get_test_image_file(size=(1400, 800)))
    event = EventPage.objects.live().first()
    event.listing_image = image
    event.save_revision().publish()
    data = json_ld(client, event)
    assert data["image"].startswith("http://testserver/")
