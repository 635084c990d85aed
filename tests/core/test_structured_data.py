import json
import re

import pytest
from django.templatetags.static import static

from osloregionen.core.models import SiteSettings
from tests.factories import NewsPageFactory, OrganPageFactory

pytestmark = pytest.mark.django_db


def json_ld(html: str) -> dict:
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    )


def test_every_page_names_the_organisation_from_the_site_settings(client, home_page):
    settings = SiteSettings.for_site(home_page.get_site())
    settings.organisation_name = "Osloregionen interkommunalt politisk råd"
    settings.save()
    # With the site's logo, on the site's configured address.
    expected = {
        "@type": "GovernmentOrganization",
        "name": settings.organisation_name,
        "logo": home_page.get_site().root_url + static("img/logo.svg"),
    }
    article = NewsPageFactory()
    assert json_ld(client.get(article.url).content.decode())["publisher"] == expected
    organ = json_ld(client.get(OrganPageFactory(title="Styret").url).content.decode())
    assert organ["parentOrganization"] == expected
    home = json_ld(client.get("/").content.decode())
    assert {key: home[key] for key in expected} == expected
