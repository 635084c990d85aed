"""Events and news articles without an image of their own name their drawn share image (the
og:image, /og/<page_id>.png) as the ``image`` of their JSON-LD; with one, its rendition."""

import json
import re

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from osloregionen.core.share_image import version
from tests.factories import EventPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def _json_ld(client, page) -> dict:
    html = client.get(page.url).content.decode()
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html)[1])


def _og_image(client, page) -> str:
    html = client.get(page.url).content.decode()
    return re.search(r'<meta property="og:image" content="([^"]+)"', html)[1]


@pytest.mark.parametrize("factory", [EventPageFactory, NewsPageFactory], ids=["event", "news"])
def test_a_page_without_an_image_names_its_share_image(client, factory):
    page = factory()
    page.save_revision().publish()
    page.refresh_from_db()
    data = _json_ld(client, page)
    assert data["@type"] in ("Event", "NewsArticle")
    assert data["image"] == f"http://testserver/og/{page.pk}.png?v={version(page)}"
    assert data["image"] == _og_image(client, page)
    assert client.get(data["image"].removeprefix("http://testserver")).status_code == 200


@pytest.mark.parametrize("factory", [EventPageFactory, NewsPageFactory], ids=["event", "news"])
def test_a_page_with_an_image_keeps_it(client, factory):
    image = Image.objects.create(title="Scene", file=get_test_image_file(size=(1400, 800)))
    page = factory(listing_image=image)
    page.save_revision().publish()
    image_url = _json_ld(client, page)["image"]
    assert image_url.startswith("http://testserver/")
    assert "/og/" not in image_url
