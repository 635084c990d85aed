"""A Redaktør submits, a Godkjenner approves and the page goes live; a rejection keeps it offline."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from osloregionen.editorial import dashboard

from .conftest import post_page_edit

pytestmark = pytest.mark.django_db


def workflow_action(client, page, action):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": "Vurdert av direktøren."})


def test_editor_submits_and_approver_approves_so_the_page_goes_live(
    client, editor, approver, draft_page
):
    client.force_login(editor)
    response = post_page_edit(client, draft_page, "submit")
    assert response.status_code == 302, response.content.decode()[:2000]
    draft_page.refresh_from_db()
    assert not draft_page.live
    state = WorkflowState.objects.active().for_instance(draft_page).get()
    assert state.requested_by == editor

    # The editor cannot approve their own submission.
    workflow_action(client, draft_page, "approve")
    draft_page.refresh_from_db()
    assert not draft_page.live

    client.force_login(approver)
    response = workflow_action(client, draft_page, "approve")
    assert response.status_code in (200, 302)
    draft_page.refresh_from_db()
    assert draft_page.live
    assert draft_page.search_description == "Et høringssvar til godkjenning."
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert client.get("/utkast-til-horingssvar/").status_code == 200


def test_rejection_keeps_the_page_offline(client, editor, approver, draft_page):
    client.force_login(editor)
    post_page_edit(client, draft_page, "submit")
    client.force_login(approver)
    workflow_action(client, draft_page, "reject")
    draft_page.refresh_from_db()
    assert not draft_page.live
    state = WorkflowState.objects.for_instance(draft_page).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert draft_page.pk not in [page.pk for page in dashboard.pages_awaiting_approval()]
    client.logout()
    assert client.get("/utkast-til-horingssvar/").status_code == 404


def test_approver_sees_the_page_waiting_on_the_dashboard(client, editor, approver, draft_page):
    client.force_login(editor)
    post_page_edit(client, draft_page, "submit")
    client.force_login(approver)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Redaksjonelle oppgaver" in html
    assert "Venter på godkjenning" in html
    assert draft_page.title in html
