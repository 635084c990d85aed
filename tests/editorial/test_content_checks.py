"""The content checker carries our Norwegian rules, in the userbar and the page editor."""

import json

import pytest
from django.test import RequestFactory
from django.urls import reverse
from wagtail.admin.userbar import AccessibilityItem, AdminItem

from osloregionen.core.models import StandardPage
from osloregionen.editorial.content_checks import (
    CUSTOM_CHECKS,
    NorwegianContentCheckerItem,
    replace_content_checker,
)

pytestmark = pytest.mark.django_db


def configuration(page):
    items = [AdminItem(), AccessibilityItem()]
    replace_content_checker(RequestFactory().get("/"), items, page)
    checker = items[1]
    assert isinstance(checker, NorwegianContentCheckerItem)
    return checker.get_axe_configuration(None)


def test_the_userbar_checker_is_replaced_by_ours(home_page):
    config = configuration(home_page)
    run_only = config["options"]["runOnly"]
    for rule in ("image-alt", "alt-text-quality", "heading-order", "or-vague-link-text"):
        assert rule in run_only
    rule_ids = {rule["id"] for rule in config["spec"]["rules"]}
    assert {"or-vague-link-text", "or-missing-meta-description", "alt-text-quality"} <= rule_ids
    checks = {check["id"]: check for check in config["spec"]["checks"]}
    assert checks["or-check-vague-link-text"]["evaluate"].startswith("function")
    assert "klikk her" in checks["or-check-vague-link-text"]["options"]["vague"]
    assert "jpe?g" in checks["check-image-alt-text"]["options"]["pattern"]
    assert config["messages"]["heading-order"]["error_name"] == "Overskriftene hopper over et nivå"
    assert config["messages"]["or-vague-link-text"]["help_text"].startswith("Skriv hva leseren")


def test_meta_description_is_only_checked_on_published_pages(home_page):
    assert "or-missing-meta-description" in configuration(home_page)["options"]["runOnly"]
    draft = StandardPage(title="Utkast", slug="utkast-uten-beskrivelse", live=False)
    home_page.add_child(instance=draft)
    assert "or-missing-meta-description" not in configuration(draft)["options"]["runOnly"]
    # Wagtail's own rule only fires on an empty tag; ours replaces it.
    assert "empty-meta-description" not in configuration(home_page)["options"]["runOnly"]


def test_userbar_on_a_live_page_carries_the_configuration(client, approver, published_page):
    client.force_login(approver)
    html = client.get(published_page.url).content.decode()
    assert "or-vague-link-text" in html
    assert "Lenketeksten sier ikke hvor lenken g" in html


def test_page_editor_checks_panel_uses_our_rules(client, approver, published_page):
    client.force_login(approver)
    page = published_page
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "or-check-vague-link-text" in html
    assert "or-missing-meta-description" in html


def test_custom_checks_are_serialisable_for_the_browser():
    assert json.loads(json.dumps(CUSTOM_CHECKS)) == CUSTOM_CHECKS
