"""The abstract base page and the general page types."""

import json

from django.db import models
from django.http import Http404
from django.utils.safestring import mark_safe
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.coreutils import camelcase_to_underscore
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from . import norwegian
from .api_fields import TEXT_PAGE_API_FIELDS
from .blocks import BodyStreamBlock
from .routing import specific_child


class BasePage(Page):
    """What every page on the site shares: summary, listing image and a JSON-LD hook.

    The summary is Wagtail's own ``search_description``: it is the meta description, the
    text in listings and search results, so an editor writes it once.
    """

    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Bilde i lister og deling",
        help_text="Vises i oversikter og når siden deles i sosiale medier.",
    )

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel(
                    "search_description",
                    help_text=(
                        "Én eller to setninger om hva siden handler om. Brukes i søkeresultater, "
                        "oversikter og som metabeskrivelse."
                    ),
                ),
                FieldPanel("listing_image"),
            ],
            heading="Deling og søk",
        ),
        FieldPanel("show_in_menus"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("search_description"),
        # Title and summary folded (ø→o, å→a, æ→ae), so «lorenskog» finds Lørenskog, and
        # indexed for prefix search, so «energi» finds «energistasjoner».
        index.SearchField("search_folded"),
        index.AutocompleteField("title"),
        index.AutocompleteField("search_folded"),
    ]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        child = specific_child(self, path_components[0])
        if child is None:
            raise Http404
        return child.route(request, path_components[1:])

    def get_view_restrictions(self):
        """Wagtail's check in one query instead of two, for a page that is not an alias."""
        if self.alias_of_id:
            return super().get_view_restrictions()
        step = self.steplen
        paths = [self.path[:end] for end in range(step, len(self.path) + 1, step)]
        return PageViewRestriction.objects.filter(page__path__in=paths)

    def get_template(self, request, *args, **kwargs):
        name = camelcase_to_underscore(type(self).__name__)
        return f"pages/{self._meta.app_label}/{name}.html"

    def get_parent_url(self, request) -> str:
        """The URL of the page's parent, from the page's own URL (no query for the parent):
        a list's "see all" link from one of its items."""
        return self.get_url(request)[: -len(self.slug) - 1]

    @property
    def search_folded(self) -> str:
        return norwegian.fold(f"{self.title} {self.search_description}")

    @property
    def summary(self) -> str:
        return self.search_description

    def get_json_ld(self, request) -> dict | None:
        """Override to describe the page as schema.org data."""
        return None

    def json_ld_script(self, request) -> str:
        data = self.get_json_ld(request)
        if not data:
            return ""
        payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
        return mark_safe(f'<script type="application/ld+json">{payload}</script>')


class StandardPage(BasePage):
    intro = models.TextField(
        "Ingress", blank=True, help_text="Kort innledning som vises under tittelen."
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name="Innhold",
        help_text="Selve teksten på siden. Bruk mellomtitler, så blir siden lettere å lese.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = TEXT_PAGE_API_FIELDS

    parent_page_types = ["home.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage"]
    page_description = "En vanlig innholdsside med tekst, bilder, lenker og dokumenter."

    class Meta:
        verbose_name = "Innholdsside"
        verbose_name_plural = "Innholdssider"


class ContactPage(BasePage):
    intro = models.TextField(
        "Ingress",
        blank=True,
        help_text="Én eller to setninger under tittelen, for eksempel hvem man kan kontakte "
        "om hva.",
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name="Innhold",
        help_text="Det som ikke står i nettstedsinnstillingene, for eksempel kontaktpersoner "
        "eller veibeskrivelse. Adresse, e-post og telefon vises automatisk.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = TEXT_PAGE_API_FIELDS

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    page_description = (
        "Kontaktsiden. Adresse, e-post og telefon hentes fra nettstedsinnstillingene."
    )

    class Meta:
        verbose_name = "Kontaktside"
        verbose_name_plural = "Kontaktsider"
