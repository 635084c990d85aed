"""Every content change bans the front cache once; renditions and drafts do not."""

from unittest import mock

import pytest
from django.test import override_settings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

FRONT_CACHE = {
    "varnish": {
        "BACKEND": "osloregionen.serving.frontend_cache.SiteBanBackend",
        "LOCATION": "http://varnish.invalid",
    }
}


@pytest.fixture
def bans():
    with (
        override_settings(WAGTAILFRONTENDCACHE=FRONT_CACHE),
        mock.patch("osloregionen.serving.frontend_cache.SiteBanBackend.ban") as ban,
    ):
        yield ban


def test_publishing_a_page_bans_the_cache(bans, home_page, django_capture_on_commit_callbacks):
    page = home_page.get_children().live().first().specific
    page.title = "Ny tittel"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert bans.called


def test_saving_a_draft_does_not_ban(bans, home_page, django_capture_on_commit_callbacks):
    page = home_page.get_children().live().first().specific
    page.title = "Bare et utkast"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()
    assert not bans.called


@pytest.mark.parametrize("action", ["unpublish", "delete", "move"])
def test_unpublish_delete_and_move_ban(bans, home_page, action, django_capture_on_commit_callbacks):
    children = list(home_page.get_children().live().specific())
    page, target = children[0], children[1]
    with django_capture_on_commit_callbacks(execute=True):
        if action == "move":
            page.move(target, pos="last-child")
        else:
            getattr(page, action)()
    assert bans.called


def test_saving_a_person_or_the_site_settings_bans(bans, django_capture_on_commit_callbacks):
    from governance.models import Person
    from osloregionen.core.models import SiteSettings

    for obj in (Person.objects.first(), SiteSettings.objects.first()):
        bans.reset_mock()
        with django_capture_on_commit_callbacks(execute=True):
            obj.save()
        assert bans.called, type(obj).__name__


def test_one_request_bans_once(bans, admin_client, django_capture_on_commit_callbacks):
    from governance.models import Person

    person = Person.objects.first()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/snippets/governance/person/edit/{person.pk}/",
            {"name": person.name, "title": "Endret tittel"},
        )
    assert response.status_code in (200, 302)
    assert bans.call_count <= 1


def test_rendering_a_rendition_does_not_ban(bans, client, django_capture_on_commit_callbacks):
    from wagtail_factories import ImageFactory

    image = ImageFactory()  # a new image is a content change
    assert bans.called
    bans.reset_mock()
    with django_capture_on_commit_callbacks(execute=True):
        image.get_rendition("fill-123x45")
    assert not bans.called
