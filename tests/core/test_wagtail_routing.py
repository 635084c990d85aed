"""Pages are routed and their privacy checked by Wagtail itself."""

import pytest
from wagtail.models import PageViewRestriction

from osloregionen.core.models import StandardPage

pytestmark = pytest.mark.django_db


def add_page(parent, title, slug):
    page = StandardPage(title=title, slug=slug)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_page_under_an_aliased_restricted_page_asks_for_login(client, home_page):
    source = add_page(home_page, "Internt", "internt")
    alias = source.create_alias(parent=home_page, update_slug="internt-speil")
    add_page(alias, "Notat", "notat")
    # Restricted after the alias was made: the alias has no restriction row of its own.
    PageViewRestriction.objects.create(page=source, restriction_type="login")
    response = client.get("/internt-speil/notat/")
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_unknown_slug_is_a_404(client, home_page):
    add_page(home_page, "Om Osloregionen", "om-osloregionen")
    assert client.get("/om-osloregionen/").status_code == 200
    assert client.get("/om-osloregionen/finnes-ikke/").status_code == 404


def test_see_all_link_of_a_page_with_a_norwegian_slug(rf, home_page):
    parent = add_page(home_page, "Frokostmøter", "frokostmøter")
    child = add_page(parent, "Frokostmøte om bolig", "frokostmøte-om-bolig")
    assert child.get_parent_url(rf.get("/")) == parent.get_url(rf.get("/"))


def test_a_page_type_template_attribute_is_honoured(rf, home_page, monkeypatch):
    page = add_page(home_page, "Om Osloregionen", "om-osloregionen")
    assert page.get_template(rf.get("/")) == "pages/core/standard_page.html"
    monkeypatch.setattr(StandardPage, "template", "pages/core/contact_page.html")
    assert page.get_template(rf.get("/")) == "pages/core/contact_page.html"
