"""The admin speaks Norwegian bokmål, also where Wagtail's own nb catalogue has gaps."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("english", "norwegian"),
    [
        ("Schedule to publish", "Planlegg publisering"),
        ("Request changes", "Be om endringer"),
        ("Toggle preview", "Vis eller skjul forhåndsvisning"),
        ("Skip to main content", "Hopp til hovedinnhold"),
        ("meta description", "søkebeskrivelse"),
    ],
)
def test_our_catalogue_fills_wagtails_gaps(english, norwegian):
    with translation.override("nb"):
        assert translation.gettext(english) == norwegian


def test_login_page_is_norwegian(client):
    html = client.get(reverse("wagtailadmin_login")).content.decode()
    assert 'lang="nb"' in html
    assert "Hopp til hovedinnhold" in html
    assert "Logg inn" in html
    assert "Passord" in html
    assert ">Password<" not in html


def test_page_editor_is_norwegian(client, approver, published_page):
    client.force_login(approver)
    page = published_page
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Vis eller skjul forhåndsvisning" in html
    assert "Planlegg publisering" in html or "Publiser" in html
    assert "Toggle preview" not in html


def test_page_listing_is_norwegian(client, approver, home_page, published_page):
    client.force_login(approver)
    html = client.get(reverse("wagtailadmin_explore", args=[home_page.pk])).content.decode()
    for norwegian in ("Sist endret", "Har undersider", "Vis filtre", "Publiser valgte sider"):
        assert norwegian in html
    for english in ("Date updated", "Has child pages", "Show filters", "Toggle sidebar"):
        assert english not in html
