"""Every page type: a factory, the page-type rules, rendering, and preview of a draft.

The list of page types comes from the models, so a new page type fails here until it has a factory.
"""

import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from members.models import MunicipalityIndexPage, MunicipalityPage, SubRegionIndexPage
from osloregionen.core.models import StandardPage
from osloregionen.home.models import HomePage
from osloregionen.news.models import NewsIndexPage, NewsPage
from tests.factories import PAGE_FACTORIES, HomePageFactory, PartyFactory, PersonFactory
from tests.factories.core import site_home

REPOSITORY = Path(settings.BASE_DIR).resolve()
FACTORIES = {factory._meta.model: factory for factory in PAGE_FACTORIES}


def edit_form_data(html: str, page: Page | None = None):
    """What the page editor posts: the form's fields from its HTML, and the StreamFields, which
    Wagtail renders with JavaScript, from the page's own content (rich-text blocks only)."""
    data = querydict_from_html(html, form_id="page-edit-form").copy()
    model = type(page) if page is not None else None
    for field in model._meta.get_fields() if model else []:
        if isinstance(field, StreamField):
            stream = getattr(page, field.name)
            blocks = [(child.block_type, rich_text(child.value.source)) for child in stream]
            data.update(nested_form_data({field.name: streamfield(blocks)}))
    return data


def project_page_types() -> list[type[Page]]:
    """Every concrete page model whose app lives in this repository (not in a library)."""
    return [
        model
        for model in get_page_models()
        if not model._meta.abstract
        and REPOSITORY in Path(model._meta.app_config.path).resolve().parents
        # Installed packages are not the project's, whatever the virtualenv is called (.venv-ci).
        and Path(sys.prefix).resolve() not in Path(model._meta.app_config.path).resolve().parents
    ]


def test_every_page_type_has_a_factory():
    missing = [model.__name__ for model in project_page_types() if model not in FACTORIES]
    assert not missing, f"Sidetyper uten factory i tests/factories: {missing}"
    found = {model._meta.label for model in project_page_types()}
    assert {"events.EventPage", "members.MunicipalityPage", "home.HomePage"} <= found
    assert "wagtailcore.Page" not in found


@pytest.mark.django_db
@pytest.mark.parametrize("factory", PAGE_FACTORIES, ids=lambda f: f._meta.model.__name__)
def test_a_factory_page_renders(factory, client):
    # The home page the site serves; any other page is made below it.
    page = site_home() if factory is HomePageFactory else factory()
    assert type(page) is factory._meta.model
    response = client.get(page.get_url())
    assert response.status_code == 200
    assert page.title in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("factory", PAGE_FACTORIES, ids=lambda f: f._meta.model.__name__)
def test_a_draft_of_every_page_type_can_be_previewed(factory, admin_client):
    """The preview panel (the edit form posted to the preview view) and «Vis utkast»."""
    page = factory()
    page.save_revision().publish()
    page.title = f"{page.title} (utkast)"
    page.save_revision()

    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert edit.status_code == 200
    form = edit_form_data(edit.content.decode(), page.specific)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    posted = admin_client.post(preview_url, data=form)
    assert posted.json() == {"is_valid": True, "is_available": True}
    preview = admin_client.get(preview_url)
    assert preview.status_code == 200
    assert "(utkast)" in preview.content.decode()

    draft = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert draft.status_code == 200
    assert "(utkast)" in draft.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("factory", PAGE_FACTORIES, ids=lambda f: f._meta.model.__name__)
def test_a_new_page_of_every_type_can_be_previewed_before_its_first_save(factory, admin_client):
    """The preview panel on the «add page» form: the page has no id, no URL and no relations yet."""
    made = factory()
    parent = made.get_parent()
    model = factory._meta.model
    made.delete()  # the parent may hold one page of the type only (a section, a list of meetings)
    args = [model._meta.app_label, model._meta.model_name, parent.pk]
    add = admin_client.get(reverse("wagtailadmin_pages:add", args=args))
    if add.status_code != 200:
        pytest.skip(f"{model.__name__} cannot be added below {type(parent.specific).__name__}")
    form = edit_form_data(add.content.decode(), model(title="Ny side", slug="ny-side"))
    form["title"], form["slug"] = "Ny side", "ny-side"
    preview_url = reverse("wagtailadmin_pages:preview_on_add", args=args)
    admin_client.post(preview_url, data=form)
    assert admin_client.get(preview_url).status_code == 200


@pytest.mark.django_db
def test_snippet_factories_make_live_rows():
    person = PersonFactory()
    assert person.party == type(person.party).objects.get(pk=person.party.pk)
    assert PartyFactory().pk != person.party.pk
    assert getattr(person, "live", True)


class PageTypeRulesTests(WagtailPageTestCase):
    def setUp(self):
        # force_login, not Wagtail's login(): django-axes needs the request that client.login() lacks.
        self.client.force_login(self.create_superuser("admin", password="passord-for-test"))

    def test_sections_are_created_below_the_home_page_only(self):
        self.assertCanCreateAt(HomePage, MunicipalityIndexPage)
        self.assertCanCreateAt(HomePage, NewsIndexPage)
        self.assertCanNotCreateAt(HomePage, MunicipalityPage)
        self.assertCanNotCreateAt(StandardPage, NewsIndexPage)
        self.assertAllowedParentPageTypes(MunicipalityPage, {MunicipalityIndexPage})
        self.assertAllowedSubpageTypes(
            MunicipalityIndexPage, {MunicipalityPage, SubRegionIndexPage}
        )

    def test_an_editor_can_create_a_news_article_from_the_admin_form(self):
        index = FACTORIES[NewsIndexPage]()
        self.assertCanCreate(
            index,
            NewsPage,
            nested_form_data(
                {
                    "title": "Elverum er nytt medlem",
                    "slug": "elverum-er-nytt-medlem-test",
                    "date": "2024-01-01",
                    "lead": "Elverum kommune ble medlem 1. januar 2024.",
                    "body": streamfield(
                        [("paragraph", rich_text("<p>Velkommen til Elverum.</p>"))]
                    ),
                }
            ),
        )

    def test_an_editor_can_create_a_standard_page_from_the_admin_form(self):
        self.assertCanCreate(
            site_home(),
            StandardPage,
            nested_form_data(
                {
                    "title": "Om samarbeidet",
                    "slug": "om-samarbeidet-test",
                    "intro": "Kort om samarbeidet.",
                    "body": streamfield([("paragraph", rich_text("<p>Tekst.</p>"))]),
                }
            ),
        )
