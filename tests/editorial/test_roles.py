"""Who may do what in the admin: anonymous, Redaktør, Godkjenner and Administrator."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.documents.permissions import permission_policy as documents_policy
from wagtail.images import get_image_model
from wagtail.images.permissions import permission_policy as images_policy
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Site, Workflow, WorkflowPage
from wagtail.snippets.models import get_snippet_models

from osloregionen.editorial.roles import ADMINISTRATOR, APPROVER, EDITOR, WORKFLOW_NAME

from .conftest import post_page_edit

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", EDITOR, APPROVER, ADMINISTRATOR]

# action: (anonymous, Redaktør, Godkjenner, Administrator)
MATRIX = {
    "view_admin": (False, True, True, True),
    "create_page": (False, True, True, False),
    "edit_page": (False, True, True, False),
    "publish_page": (False, False, True, False),
    "unpublish_page": (False, False, True, False),
    "delete_page": (False, False, True, False),
    "manage_users": (False, False, False, True),
    "edit_site_settings": (False, False, False, True),
}


def admin_url(action: str, page: Page) -> str:
    site = Site.objects.get(is_default_site=True)
    return {
        "view_admin": reverse("wagtailadmin_home"),
        "create_page": reverse(
            "wagtailadmin_pages:add", args=["core", "standardpage", page.get_parent().pk]
        ),
        "edit_page": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "unpublish_page": reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
        "delete_page": reverse("wagtailadmin_pages:delete", args=[page.pk]),
        "manage_users": reverse("wagtailusers_users:index"),
        "edit_site_settings": reverse(
            "wagtailsettings:edit", args=["core", "sitesettings", site.pk]
        ),
    }[action]


@pytest.fixture
def role_client(client, editor, approver, administrator):
    users = {EDITOR: editor, APPROVER: approver, ADMINISTRATOR: administrator}

    def login_as(role):
        client.logout()
        if role != "anonymous":
            client.force_login(users[role])
        return client, users.get(role)

    return login_as


def test_the_groups_and_workflow_come_from_the_migration():
    assert set(Group.objects.values_list("name", flat=True)) >= {EDITOR, APPROVER, ADMINISTRATOR}
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    root_workflow = WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow
    assert root_workflow.name == WORKFLOW_NAME
    task = root_workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [APPROVER]


def test_every_page_is_covered_by_the_approval_workflow(home_page, published_page):
    assert published_page.get_workflow() == Workflow.objects.get(name=WORKFLOW_NAME)


@pytest.mark.parametrize("action", sorted(MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(role_client, published_page, role, action):
    allowed = MATRIX[action][ROLES.index(role)]
    client, user = role_client(role)
    if action == "publish_page":
        # Publishing has no page of its own: it is the publish action of the editor.
        can = user is not None and published_page.permissions_for_user(user).can_publish()
        assert can is allowed
        return
    response = client.get(admin_url(action, published_page))
    if allowed:
        assert response.status_code == 200
    elif role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    else:
        # Wagtail answers a forbidden admin view with a redirect and an error message.
        assert response.status_code in (302, 403)
        assert response.get("Location", "") != admin_url(action, published_page)


def test_editor_cannot_publish_by_posting_the_publish_action(client, editor, draft_page):
    client.force_login(editor)
    response = post_page_edit(client, draft_page, "publish")
    assert response.status_code == 302
    draft_page.refresh_from_db()
    assert not draft_page.live
    assert draft_page.has_unpublished_changes


def test_approver_can_publish_from_the_editor(client, approver, draft_page):
    client.force_login(approver)
    assert post_page_edit(client, draft_page, "publish").status_code == 302
    draft_page.refresh_from_db()
    assert draft_page.live


def test_editor_may_delete_own_unpublished_draft_but_not_a_live_page(
    editor, draft_page, published_page
):
    assert draft_page.permissions_for_user(editor).can_delete()
    assert not published_page.permissions_for_user(editor).can_delete()


def test_editors_and_approvers_add_and_edit_all_images_and_documents(editor, approver):
    image = get_image_model().objects.create(
        title="Rådhuset", file=get_test_image_file(), uploaded_by_user=approver
    )
    for user in (editor, approver):
        assert images_policy.user_has_permission(user, "add")
        assert documents_policy.user_has_permission(user, "add")
        assert images_policy.user_has_permission_for_instance(user, "change", image)


def test_administrator_has_no_media_or_page_rights(administrator, home_page):
    assert not images_policy.user_has_permission(administrator, "add")
    assert not home_page.permissions_for_user(administrator).can_edit()


def test_snippet_permissions_follow_the_registered_snippets(editor, approver):
    for model in get_snippet_models():
        label = f"{model._meta.app_label}.%s_{model._meta.model_name}"
        assert editor.has_perm(label % "change"), model
        assert not editor.has_perm(label % "delete"), model
        assert approver.has_perm(label % "delete"), model


def test_anonymous_never_sees_an_unpublished_page_revision_or_preview(client, draft_page):
    assert client.get(draft_page.url_path.replace("/hjem", "", 1)).status_code == 404
    revision = draft_page.latest_revision
    for url in (
        reverse("wagtailadmin_pages:revisions_view", args=[draft_page.pk, revision.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[draft_page.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[draft_page.pk]),
        reverse("wagtailadmin_pages:history", args=[draft_page.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("wagtailadmin_login")), url


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailadmin_home",
        "wagtailadmin_explore_root",
        "wagtailimages:index",
        "wagtailimages:add",
        "wagtaildocs:index",
        "wagtaildocs:add",
        "wagtailsnippets:index",
        "wagtailusers_users:index",
        "wagtailusers_groups:index",
        "wagtailredirects:index",
        "wagtailadmin_workflows:index",
        "wagtailadmin_reports:aging_pages",
    ],
)
def test_anonymous_never_reaches_an_admin_view(client, url_name):
    response = client.get(reverse(url_name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
