"""No lost edit: two editors on the same page; the second save over a stale version is refused."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

pytestmark = pytest.mark.django_db


def _edit_form(page, loaded, **fields):
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": streamfield([]),
        "seo_title": "",
        "search_description": "",
        "listing_image": "",
        "comments": inline_formset([]),
        "loaded_revision_id": str(loaded.pk),
        "loaded_revision_created_at": loaded.created_at.isoformat(),
    }
    data.update(fields)
    return nested_form_data(data)


def _session(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_save_over_a_newer_version_is_refused_and_shows_what_changed(
    draft_page, editor, approver
):
    first, second = _session(editor), _session(approver)
    url = reverse("wagtailadmin_pages:edit", args=[draft_page.pk])
    loaded = draft_page.get_latest_revision()
    assert first.get(url).status_code == 200 and second.get(url).status_code == 200

    saved = second.post(url, _edit_form(draft_page, loaded, intro="Godkjennerens ingress."))
    assert saved.status_code == 302

    refused = first.post(url, _edit_form(draft_page, loaded, title="Redaktørens tittel"))
    html = refused.content.decode()
    assert refused.status_code == 200
    assert "Siden ble lagret av godkjenner" in html
    assert "Ingress" in html  # the field the other editor changed
    assert "Redaktørens tittel" in html  # the editor's own text is still in the form
    latest = Page.objects.get(pk=draft_page.pk).get_latest_revision()
    assert latest.content["intro"] == "Godkjennerens ingress."
    assert latest.content["title"] == draft_page.title


def test_saving_again_after_the_warning_is_a_deliberate_overwrite(draft_page, editor, approver):
    first, second = _session(editor), _session(approver)
    url = reverse("wagtailadmin_pages:edit", args=[draft_page.pk])
    loaded = draft_page.get_latest_revision()
    second.post(url, _edit_form(draft_page, loaded, intro="Godkjennerens ingress."))
    newest = Page.objects.get(pk=draft_page.pk).get_latest_revision()
    again = first.post(url, _edit_form(draft_page, newest, title="Redaktørens tittel"))
    assert again.status_code == 302
    assert Page.objects.get(pk=draft_page.pk).get_latest_revision().content["title"] == (
        "Redaktørens tittel"
    )


def test_a_save_from_the_latest_version_goes_through(draft_page, editor):
    client = _session(editor)
    url = reverse("wagtailadmin_pages:edit", args=[draft_page.pk])
    loaded = draft_page.get_latest_revision()
    assert client.post(url, _edit_form(draft_page, loaded, title="Ny tittel")).status_code == 302


def _form_fields(html: str) -> dict:
    """The edit form's fields as the browser would post them (text inputs, selects, textareas)."""
    from bs4 import BeautifulSoup

    marker = BeautifulSoup(html, "html.parser").find("input", {"name": "loaded_revision_id"})
    form = marker.find_parent("form")
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button", "file"):
            continue
        if field.get("type") == "checkbox" and not field.has_attr("checked"):
            continue
        if field.name == "select":
            chosen = field.find("option", selected=True)
            data[name] = chosen.get("value", "") if chosen else ""
        elif field.name == "textarea":
            data[name] = field.text
        else:
            data[name] = field.get("value", "")
    return data


def test_a_person_saved_over_a_newer_version_is_refused(editor, approver):
    from governance.models import Person

    person = Person.objects.create(name="Kari Nordmann", title="Ordfører")
    person.save_revision().publish()
    first, second = _session(editor), _session(approver)
    url = reverse("wagtailsnippets_governance_person:edit", args=[person.pk])
    first_form = _form_fields(first.get(url).content.decode())
    second_form = _form_fields(second.get(url).content.decode())
    assert first_form["loaded_revision_id"] == second_form["loaded_revision_id"]

    saved = second.post(url, second_form | {"title": "Varaordfører"})
    assert saved.status_code == 302

    refused = first.post(url, first_form | {"name": "Kari Nordkvinne"})
    html = refused.content.decode()
    assert refused.status_code == 200
    assert "Oppføringen ble lagret av godkjenner" in html
    assert "Kari Nordkvinne" in html  # what the editor typed is still in the form
    latest = Person.objects.get(pk=person.pk).latest_revision
    assert latest.content["title"] == "Varaordfører"
    assert latest.content["name"] == "Kari Nordmann"
