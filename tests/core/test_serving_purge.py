"""Every content change bans the front cache once; renditions and drafts do not."""

from unittest import mock

import pytest
from django.test import override_settings
from wagtail.models import Site

pytestmark = pytest.mark.django_db

FRONT_CACHE = {
    "varnish": {
        "BACKEND": "osloregionen.serving.frontend_cache.SiteBanBackend",
        "LOCATION": "http://varnish.invalid",
    }
}


@pytest.fixture
def pages(home_page):
    """Two published pages below the home page (made before the front cache is watched)."""
    from tests.factories import StandardPageFactory

    return [StandardPageFactory(parent=home_page) for _ in range(2)]


@pytest.fixture
def bans(pages):
    with (
        override_settings(WAGTAILFRONTENDCACHE=FRONT_CACHE),
        mock.patch("osloregionen.serving.frontend_cache.SiteBanBackend.ban") as ban,
    ):
        yield ban


def test_publishing_a_page_bans_the_cache(bans, pages, django_capture_on_commit_callbacks):
    page = pages[0]
    page.title = "Ny tittel"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert bans.called


def test_saving_a_draft_does_not_ban(bans, pages, django_capture_on_commit_callbacks):
    page = pages[0]
    page.title = "Bare et utkast"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()
    assert not bans.called


@pytest.mark.parametrize("action", ["unpublish", "delete", "move"])
def test_unpublish_delete_and_move_ban(bans, pages, action, django_capture_on_commit_callbacks):
    page, target = pages
    with django_capture_on_commit_callbacks(execute=True):
        if action == "move":
            page.move(target, pos="last-child")
        else:
            getattr(page, action)()
    assert bans.called


def test_saving_a_person_or_the_site_settings_bans(bans, django_capture_on_commit_callbacks):
    from osloregionen.core.models import SiteSettings
    from tests.factories import PersonFactory

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    for obj in (PersonFactory(), site_settings):
        bans.reset_mock()
        with django_capture_on_commit_callbacks(execute=True):
            obj.save()
        assert bans.called, type(obj).__name__


def test_one_request_bans_once(bans, admin_client, django_capture_on_commit_callbacks):
    from tests.factories import PersonFactory

    person = PersonFactory()
    bans.reset_mock()  # making the person banned too
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/snippets/governance/person/edit/{person.pk}/",
            {"name": person.name, "title": "Endret tittel"},
        )
    assert response.status_code == 302
    assert bans.call_count == 1


def test_rendering_a_rendition_does_not_ban(bans, client, django_capture_on_commit_callbacks):
    from wagtail_factories import ImageFactory

    image = ImageFactory()  # a new image is a content change
    assert bans.called
    bans.reset_mock()
    with django_capture_on_commit_callbacks(execute=True):
        image.get_rendition("fill-123x45")
    assert not bans.called
