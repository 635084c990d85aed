"""The abstract base page and the general page types."""

from django.db import models, transaction
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.coreutils import camelcase_to_underscore
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from . import json_ld, norwegian
from .api_fields import TEXT_PAGE_API_FIELDS
from .blocks import BodyStreamBlock
from .contact import ContactForm
from .routes import TranslatedRoutesMixin
from .submissions import flow


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
    title_language = models.CharField(
        "Språket i tittelen",
        max_length=5,
        blank=True,
        choices=[("en", "Engelsk"), ("nb", "Norsk")],
        help_text=(
            "Bare når tittelen er på et annet språk enn siden, for eksempel et arrangement "
            "med engelsk tittel på de norske sidene. Da leser skjermlesere tittelen med riktig "
            "uttale. Ord og uttrykk i teksten markeres med EN/NO i tekstfeltet."
        ),
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
        FieldPanel("title_language"),
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

    def get_template(self, request, *args, **kwargs):
        """Overridden for the site's layout: ``templates/pages/<app>/<page_type>.html`` rather
        than Wagtail's default ``<app>/<page_type>.html``. A page type that sets its own
        ``template`` keeps it."""
        wagtail_default = (
            f"{self._meta.app_label}/{camelcase_to_underscore(type(self).__name__)}.html"
        )
        if self.template != wagtail_default:
            return super().get_template(request, *args, **kwargs)
        return f"pages/{wagtail_default}"

    def get_parent_url(self, request) -> str:
        """The URL of the page's parent, from the page's own URL (no query for the parent):
        a list's "see all" link from one of its items. Cut at the last path segment, so a
        slug with æ, ø or å (quoted in the URL) is cut whole."""
        url = self.get_url(request)
        return url.rstrip("/").rpartition("/")[0] + "/"

    @property
    def title_lang(self) -> str:
        """The ``lang`` of the title when it differs from the language it is shown in (the
        page's locale, active while it renders), else ""."""
        active = (get_language() or "nb").split("-")[0]
        return self.title_language if self.title_language not in ("", active) else ""

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
        return json_ld.script(self.get_json_ld(request))


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
    subpage_types = ["core.StandardPage", "core.FormPage"]
    page_description = "En vanlig innholdsside med tekst, bilder, lenker og dokumenter."

    class Meta:
        verbose_name = _("Innholdsside")
        verbose_name_plural = _("Innholdssider")


class ContactPage(TranslatedRoutesMixin, RoutablePageMixin, BasePage):
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
        verbose_name = _("Kontaktside")
        verbose_name_plural = _("Kontaktsider")

    @path("")
    def form_view(self, request):
        """The contact form: stored on a valid POST, e-mailed once the row is committed."""
        form = ContactForm(request.POST if request.method == "POST" else None, request=request)

        def save(form):
            message = form.save(page=self)
            transaction.on_commit(message.send)
            return message

        thanks_url = self.get_url(request) + self.reverse_subpage("thanks")
        return flow.handle(
            request,
            form,
            save=save,
            success_url=lambda _message: thanks_url,
            render=flow.page_renderer(self, request),
        )

    @path(_("takk/"), name="thanks")
    def thanks_view(self, request):
        return self.render(request, context_overrides={"sent": True})
