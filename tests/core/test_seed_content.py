"""The seeded general pages: the home page, the pages about the organisation, privacy and
accessibility, and the contact page, as the report and the secretariat wrote them."""

import pytest

from osloregionen.core.models import SiteSettings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def test_the_privacy_page_states_the_default_retention_periods(client):
    defaults = SiteSettings()
    html = client.get("/personvern/").content.decode()
    assert f"slettes automatisk {defaults.contact_retention_days} dager etter" in html
    assert f"slettes automatisk {defaults.registration_retention_days} dager etter" in html
