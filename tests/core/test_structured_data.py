import json
import re

import pytest

from osloregionen.core.models import SiteSettings

pytestmark = pytest.mark.django_db


def json_ld(html: str) -> dict:
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    )


def test_every_page_names_the_organisation_from_the_site_settings(client, home_page):
    settings = SiteSettings.for_site(home_page.get_site())
    settings.organisation_name = "Osloregionen interkommunalt politisk råd"
    settings.save()
    expected = {"@type": "GovernmentOrganization", "name": settings.organisation_name}
    news = client.get("/aktuelt/").content.decode()
    article_url = re.search(r'href="(/aktuelt/(?!rss/)[^"?]+/)"', news).group(1)
    assert json_ld(client.get(article_url).content.decode())["publisher"] == expected
    organ = json_ld(client.get("/organisasjon/styret/").content.decode())
    assert organ["parentOrganization"] == expected
    home = json_ld(client.get("/").content.decode())
    assert {home["@type"], home["name"]} == set(expected.values())
