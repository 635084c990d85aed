"""Publications (consultation responses, strategies, guides …) and the filterable library of them."""

from urllib.parse import urlsplit

from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from osloregionen.core.api_fields import INTRO_API_FIELDS
from osloregionen.core.blocks import BodyStreamBlock
from osloregionen.core.dates import iso_date
from osloregionen.core.index_pages import IndexPage
from osloregionen.core.models import BasePage
from osloregionen.core.site_address import site_url
from osloregionen.core.structured_data import organization
from osloregionen.core.visibility import public_among, public_only
from projects.models import FocusAreaPage
from reports.api import PUBLICATION_API_FIELDS
from reports.choices import DatePrecision, PublicationKind
from reports.filters import PublicationFilterForm

PUBLICATIONS_PER_PAGE = 10


class PublicationIndexPage(IndexPage):
    intro = models.TextField(
        "Ingress", blank=True, help_text="Kort innledning om hva biblioteket inneholder."
    )

    api_fields = INTRO_API_FIELDS
    parent_page_types = ["home.HomePage"]
    subpage_types = ["reports.PublicationPage", "reports.AnnualReportPage"]
    page_description = (
        "Biblioteket med høringssvar, strategier, veiledere og årsrapporter, med filter for "
        "type, år og innsatsområde. Det finnes én slik side."
    )

    # Annual reports are publications too (a subclass), so they are listed with them.
    listing_model = "reports.PublicationPage"
    listing_name = "publications"
    listing_order = ("-date", "title", "pk")
    per_page = PUBLICATIONS_PER_PAGE
    filter_form_class = PublicationFilterForm

    class Meta:
        verbose_name = _("Publikasjonsoversikt")
        verbose_name_plural = _("Publikasjonsoversikter")

    def get_filter_form(self, request, items):
        return PublicationFilterForm(
            request.GET,
            years=[day.year for day in items.dates("date", "year", order="DESC")],
            focus_areas=FocusAreaPage.for_filter(self.locale_id),
        )

    def filter_listing(self, items, applied):
        if "type" in applied:
            items = items.filter(kind=applied["type"])
        if "ar" in applied:
            items = items.filter(date__year=applied["ar"])
        if "innsatsomrade" in applied:
            items = items.filter(focus_areas__slug=applied["innsatsomrade"])
        return items


class PublicationPage(BasePage):
    # A subclass (the annual report) fixes its kind; editors do not choose it.
    fixed_kind: str | None = None

    kind = models.CharField(
        "Type",
        max_length=20,
        choices=PublicationKind.choices,
        default=PublicationKind.INPUT,
        help_text="Vises i biblioteket og brukes i filteret. Årsrapporter har en egen sidetype.",
    )
    date = models.DateField(
        "Dato",
        help_text="Datoen dokumentet ble behandlet, vedtatt, sendt eller publisert. Er bare måned eller år "
        "kjent, velg den første dagen og angi nøyaktigheten under.",
    )
    date_precision = models.CharField(
        "Hvor nøyaktig er datoen?",
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text="Styrer om siden viser «18. mars 2024», «mars 2024» eller «2024».",
    )
    responds_to = models.CharField(
        "Svarer på",
        max_length=255,
        blank=True,
        help_text="Hva dokumentet svarer på, for eksempel «NOU 2023:25 Omstilling til lavutslipp».",
    )
    recipient = models.CharField(
        "Mottaker",
        max_length=255,
        blank=True,
        help_text="For eksempel et departement eller en komité på Stortinget.",
    )
    adopted_by = models.ForeignKey(
        "governance.OrganPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publications",
        verbose_name="Behandlet av",
        help_text="Organet som vedtok eller behandlet dokumentet, for eksempel styret.",
    )
    adopted_at_meeting = models.ForeignKey(
        "governance.MeetingPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publications",
        verbose_name="Møte",
        help_text="Møtet der saken ble behandlet, hvis møtet har en side. Datoen fylles inn fra møtet.",
    )
    adopted_date = models.DateField(
        "Behandlet dato",
        null=True,
        blank=True,
        help_text="Dagen organet behandlet saken. Er et møte valgt, fylles datoen inn fra møtet.",
    )
    case = models.ForeignKey(
        "governance.CasePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publications",
        verbose_name="Sak",
        help_text="Saken publikasjonen kom ut av, hvis den har en side. Saken viser da publikasjonen som resultat.",
    )
    document = models.ForeignKey(
        django_settings.WAGTAILDOCS_DOCUMENT_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Dokument",
        help_text="Lenketeksten viser filtype og størrelse automatisk.",
    )
    external_url = models.URLField(
        "Ekstern lenke til dokumentet",
        blank=True,
        help_text="Bare når dokumentet ligger et annet sted. Bruk enten dokument eller lenke.",
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name="Mer om publikasjonen",
        help_text="Bakgrunn og hovedpunkter. Sammendraget skrives under «Deling og søk».",
    )
    focus_areas = ParentalManyToManyField(
        "projects.FocusAreaPage",
        blank=True,
        related_name="publications",
        verbose_name="Innsatsområder",
    )
    project = models.ForeignKey(
        "projects.ProjectPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publications",
        verbose_name="Prosjekt",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision")]),
                FieldPanel("responds_to"),
                FieldPanel("recipient"),
            ],
            heading="Om dokumentet",
        ),
        MultiFieldPanel(
            [
                FieldPanel("adopted_by"),
                FieldRowPanel([FieldPanel("adopted_at_meeting"), FieldPanel("adopted_date")]),
                FieldPanel("case"),
            ],
            heading="Politisk behandling",
        ),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("external_url")],
            heading="Fil",
            help_text="Finnes verken fil eller lenke, sier siden det tydelig.",
        ),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("focus_areas"), FieldPanel("project")], heading="Sammenheng"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("responds_to"),
        index.SearchField("recipient"),
        index.SearchField("body"),
        # Words inside the PDF, read when it was uploaded, so a search finds the publication.
        index.RelatedFields("document", [index.SearchField("text")]),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]
    api_fields = PUBLICATION_API_FIELDS

    parent_page_types = ["reports.PublicationIndexPage"]
    subpage_types = []
    page_description = (
        "Et høringssvar, innspill, en strategi, handlingsplan, rapport, veileder eller evaluering, "
        "med dato, mottaker, politisk behandling og fil."
    )

    class Meta:
        verbose_name = _("Publikasjon")
        verbose_name_plural = _("Publikasjoner")

    def clean(self):
        super().clean()
        errors = {}
        if self.fixed_kind:
            self.kind = self.fixed_kind
        elif self.kind == PublicationKind.ANNUAL_REPORT:
            errors["kind"] = (
                "En årsrapport legges inn med sidetypen «Årsrapport», ikke som publikasjon."
            )
        errors.update(self._adoption_errors())
        if self.document_id and self.external_url:
            message = "Velg enten et dokument eller en ekstern lenke, ikke begge."
            errors["document"] = message
            errors["external_url"] = message
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.related_pages()
        context["focus_areas"] = public_among(self.focus_areas.all()).order_by("path")
        return context

    def related_pages(self) -> dict:
        """The adopting organ, its meeting and the project, fetched together in one query."""
        ids = {
            "organ": self.adopted_by_id,
            "meeting": self.adopted_at_meeting_id,
            "project": self.project_id,
            "case": self.case_id,
        }
        wanted = [pk for pk in ids.values() if pk]
        found = (
            {page.pk: page for page in public_only(Page.objects.live().filter(pk__in=wanted))}
            if wanted
            else {}
        )
        return {name: found.get(pk) for name, pk in ids.items()}

    def _adoption_errors(self) -> dict:
        meeting = self.adopted_at_meeting
        if meeting is None:
            if self.adopted_date and not self.adopted_by_id:
                return {"adopted_by": "Velg organet som behandlet saken på denne datoen."}
            return {}
        if self.adopted_by is None or not meeting.is_descendant_of(self.adopted_by):
            return {"adopted_at_meeting": "Velg et møte i organet som behandlet saken."}
        if self.adopted_date is None:
            self.adopted_date = meeting.date
        elif self.adopted_date != meeting.date:
            return {"adopted_date": f"Møtet var {meeting.date:%d.%m.%Y}; datoen må være den samme."}
        return {}

    def save(self, *args, **kwargs):
        if self.fixed_kind:
            self.kind = self.fixed_kind
        return super().save(*args, **kwargs)

    @property
    def date_iso(self) -> str:
        """The date as precisely as it is known: 2024-03-18, 2025-05 or 2024."""
        return iso_date(self.date, self.date_precision)

    @property
    def external_file_type(self) -> str:
        """«PDF» when the external link points straight at a PDF file, so the link text can say so."""
        path = urlsplit(self.external_url).path.lower()
        return "PDF" if path.endswith(".pdf") else ""

    def get_json_ld(self, request) -> dict:
        data = {
            "@context": "https://schema.org",
            "@type": "Report",
            "name": self.title,
            "url": site_url(request, self.get_url(request)),
            "datePublished": self.date_iso,
            "inLanguage": getattr(request, "LANGUAGE_CODE", django_settings.LANGUAGE_CODE),
            "genre": str(self.get_kind_display()),
            "publisher": organization(request),
        }
        if self.search_description:
            data["description"] = self.search_description
        if self.responds_to:
            data["about"] = self.responds_to
        if self.document:
            data["encoding"] = {
                "@type": "MediaObject",
                "contentUrl": site_url(request, self.document.url),
                "encodingFormat": self.document.content_type,
            }
        elif self.external_url:
            data["sameAs"] = self.external_url
        return data
