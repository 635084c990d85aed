"""People and parties go through drafts and «Godkjenning»; the public site shows the published one."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import Revision, WorkflowContentType, WorkflowState

from governance.models import Membership, Party, Person, Role
from osloregionen.editorial.roles import WORKFLOW_NAME
from osloregionen.editorial.snippets import publish_initial_revisions
from tests.factories import MembershipFactory, OrganPageFactory

pytestmark = pytest.mark.django_db


def url(name, *args, model="person"):
    return reverse(f"wagtailsnippets_governance_{model}:{name}", args=args)


def person_form(name, action=None, **fields):
    data = {
        "name": name,
        "title": "",
        "party": "",
        "municipality": "",
        "photo": "",
        "photo_credit": "",
        "email": "",
        "phone": "",
        "bio": "",
        **fields,
    }
    if action:
        data[f"action-{action}"] = "1"
    return data


@pytest.fixture
def organ(db):
    """A live organ with a member already."""
    organ = OrganPageFactory(title="Styret")
    MembershipFactory(organ=organ, person__name="Et sittende medlem")
    publish_initial_revisions(Person)
    publish_initial_revisions(Party)
    return organ


@pytest.fixture
def seated_person(organ):
    """A published person with a seat today in a live organ, with a published revision."""
    person = Person.objects.create(name="Kari Publisert", title="Ordfører")
    Membership.objects.create(organ=organ, person=person, role=Role.MEMBER)
    publish_initial_revisions(Person)
    person.refresh_from_db()
    return person


def public_html(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_both_snippets_are_under_the_approval_workflow():
    for model in (Person, Party):
        content_type = ContentType.objects.get_for_model(model)
        assert WorkflowContentType.objects.get(content_type=content_type).workflow.name == (
            WORKFLOW_NAME
        )


def test_publish_initial_revisions_is_idempotent(seated_person):
    assert seated_person.live_revision is not None
    assert publish_initial_revisions(Person) == 0
    assert seated_person.revisions.count() == 1


def test_a_new_person_saved_by_an_editor_is_a_draft_and_not_public(client, editor, organ):
    client.force_login(editor)
    response = client.post(url("add"), person_form("Ola Utkast"))
    assert response.status_code == 302
    person = Person.objects.get(name="Ola Utkast")
    assert person.live is False
    Membership.objects.create(organ=organ, person=person, role=Role.MEMBER)
    assert "Ola Utkast" not in public_html(client, organ)


def test_an_editor_cannot_publish_a_person(client, editor, seated_person, organ):
    client.force_login(editor)
    client.post(url("edit", seated_person.pk), person_form("Kari Endret", action="publish"))
    seated_person.refresh_from_db()
    assert seated_person.name == "Kari Publisert"
    assert seated_person.live_revision.as_object().name == "Kari Publisert"
    edit_html = client.get(url("edit", seated_person.pk)).content.decode()
    assert 'name="action-publish"' not in edit_html
    assert 'name="action-submit"' in edit_html


def test_an_editors_draft_leaves_the_public_version_alone(client, editor, seated_person, organ):
    client.force_login(editor)
    response = client.post(url("edit", seated_person.pk), person_form("Kari Endret"))
    assert response.status_code == 302
    seated_person.refresh_from_db()
    assert seated_person.has_unpublished_changes
    assert seated_person.latest_revision.as_object().name == "Kari Endret"
    html = public_html(client, organ)
    assert "Kari Publisert" in html
    assert "Kari Endret" not in html


def test_submitted_person_goes_live_when_the_approver_approves(
    client, editor, approver, seated_person, organ
):
    client.force_login(editor)
    client.post(url("edit", seated_person.pk), person_form("Kari Godkjent", action="submit"))
    state = WorkflowState.objects.for_instance(seated_person).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == WORKFLOW_NAME
    assert "Kari Godkjent" not in public_html(client, organ)

    client.force_login(editor)
    task_state = state.current_task_state
    client.post(url("workflow_action", seated_person.pk, "approve", task_state.pk))
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    seated_person.refresh_from_db()
    assert seated_person.name == "Kari Publisert"

    client.force_login(approver)
    response = client.post(url("workflow_action", seated_person.pk, "approve", task_state.pk))
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    seated_person.refresh_from_db()
    assert seated_person.name == "Kari Godkjent"
    assert "Kari Godkjent" in public_html(client, organ)


def test_the_approver_publishes_a_new_person_and_it_shows(client, approver, organ):
    client.force_login(approver)
    client.post(url("add"), person_form("Per Ny", action="publish"))
    person = Person.objects.get(name="Per Ny")
    assert person.live and person.live_revision is not None
    Membership.objects.create(organ=organ, person=person, role=Role.MEMBER)
    assert "Per Ny" in public_html(client, organ)


def test_history_compare_and_roll_back(client, approver, seated_person):
    client.force_login(approver)
    client.post(url("edit", seated_person.pk), person_form("Kari Ny", action="publish"))
    seated_person.refresh_from_db()
    assert seated_person.name == "Kari Ny"
    first, second = Revision.objects.for_instance(seated_person).order_by("created_at", "pk")

    history = client.get(url("history", seated_person.pk))
    assert history.status_code == 200

    compare = client.get(url("revisions_compare", seated_person.pk, first.pk, second.pk))
    assert compare.status_code == 200
    compare_html = compare.content.decode()
    assert '<span class="deletion">Publisert</span>' in compare_html
    assert '<span class="addition">Ny</span>' in compare_html

    revert = client.get(url("revisions_revert", seated_person.pk, first.pk))
    assert revert.status_code == 200
    assert "Kari Publisert" in revert.content.decode()
    client.post(
        url("revisions_revert", seated_person.pk, first.pk),
        person_form("Kari Publisert", action="publish", title="Ordfører"),
    )
    seated_person.refresh_from_db()
    assert seated_person.name == "Kari Publisert"
    assert seated_person.revisions.count() == 3


def test_a_draft_party_is_not_shown_with_a_published_person(client, approver, organ):
    party = Party.objects.create(abbreviation="UTK", name="Utkastpartiet", live=False)
    person = Person.objects.create(name="Liv Partiløs", party=party)
    Membership.objects.create(organ=organ, person=person, role=Role.MEMBER)
    html = public_html(client, organ)
    assert "Liv Partiløs" in html
    assert "Utkastpartiet" not in html
    party.save_revision().publish()
    assert "Utkastpartiet" in public_html(client, organ)


def test_the_person_preview_renders(client, approver, seated_person):
    client.force_login(approver)
    data = person_form("Kari Forhåndsvist")
    assert client.post(url("preview_on_edit", seated_person.pk), data).status_code == 200
    response = client.get(url("preview_on_edit", seated_person.pk))
    assert response.status_code == 200
    assert "Kari Forhåndsvist" in response.content.decode()
