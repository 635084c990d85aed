import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from osloregionen.core.models import StandardPage
from osloregionen.editorial.roles import ADMINISTRATOR, APPROVER, EDITOR


def make_user(username: str, *groups: str):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.invalid", password="passord-123"
    )
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def editor(db):
    return make_user("redaktor", EDITOR)


@pytest.fixture
def approver(db):
    return make_user("godkjenner", APPROVER)


@pytest.fixture
def administrator(db):
    return make_user("administrator", ADMINISTRATOR)


@pytest.fixture
def draft_page(home_page, editor):
    """An unpublished page written by the editor."""
    page = StandardPage(
        title="Utkast til høringssvar",
        slug="utkast-til-horingssvar",
        intro="Et utkast som ikke er publisert.",
        live=False,
        owner=editor,
    )
    home_page.add_child(instance=page)
    page.save_revision(user=editor)
    return page


@pytest.fixture
def published_page(home_page):
    """A published page with its revision, as the secretariat left it: the privacy statement."""
    page = StandardPage(
        title="Personvernerklæring",
        slug="personvern",
        intro="Slik behandler Osloregionen personopplysninger.",
        search_description="Om personvern på nettstedet.",
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def post_page_edit(client, page, action: str):
    """Post the page editor's form for a StandardPage with one of its actions (submit, publish)."""
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([]),
            "seo_title": "",
            "search_description": "Et høringssvar til godkjenning.",
            "listing_image": "",
            "comments": inline_formset([]),
            f"action-{action}": "1",
        }
    )
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
