"""Projects and initiatives, and the filterable list of them."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from osloregionen.core.api_fields import INTRO_API_FIELDS
from osloregionen.core.blocks import BodyStreamBlock
from osloregionen.core.index_pages import IndexPage
from osloregionen.core.models import BasePage
from osloregionen.core.site_address import site_url
from osloregionen.core.translatable import TranslatableOrderable
from osloregionen.core.visibility import public_among, public_only
from projects.api import PROJECT_API_FIELDS
from projects.choices import ProjectStatus
from projects.forms import ProjectFilterForm

from .focus_areas import FocusAreaPage, year_span

PROJECTS_PER_PAGE = 20
RELATED_NEWS_ON_PROJECT = 5
RELATED_EVENTS_ON_PROJECT = 10


class ProjectIndexPage(IndexPage):
    api_fields = INTRO_API_FIELDS

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    page_description = (
        "Oversikten over prosjekter og satsinger, med filter for status og innsatsområde."
    )

    listing_model = "projects.ProjectPage"
    listing_name = "projects"
    listing_order = ("title",)
    per_page = PROJECTS_PER_PAGE
    filter_form_class = ProjectFilterForm

    class Meta:
        verbose_name = _("Prosjektoversikt")
        verbose_name_plural = _("Prosjektoversikter")

    def get_filter_form(self, request, items):
        return ProjectFilterForm(request.GET, focus_areas=FocusAreaPage.for_filter(self.locale_id))

    def filter_listing(self, items, applied):
        if "status" in applied:
            items = items.filter(status=applied["status"])
        if "innsatsomrade" in applied:
            items = items.filter(focus_areas__slug=applied["innsatsomrade"])
        return items

    def prepare_listing(self, items):
        # Projects are counted in dozens: one query for all, counted with len(), beats a COUNT
        # and then a page.
        return list(super().prepare_listing(items))


class ProjectPage(BasePage):
    goal = models.TextField("Mål", help_text="Hva prosjektet skal oppnå, i én til tre setninger.")
    status = models.CharField(
        "Status",
        max_length=20,
        choices=ProjectStatus.choices,
        blank=True,
        default=ProjectStatus.UNKNOWN,
        help_text="Velg «Ikke oppgitt» når kilden ikke sier noe om status; da vises ingen status.",
    )
    status_note = models.CharField(
        "Om status",
        max_length=200,
        blank=True,
        help_text="Valgfri presisering, for eksempel «Fase 1 gjennomført; videreføres 2025–2026».",
    )
    start_year = models.PositiveSmallIntegerField("Startår", null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(
        "Sluttår", null=True, blank=True, help_text="Tomt når sluttåret ikke er kjent."
    )
    lead_organisation = models.CharField(
        "Ledes av", max_length=200, blank=True, help_text="Organisasjonen som leder prosjektet."
    )
    contact_person = models.ForeignKey(
        "governance.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contact_for_projects",
        verbose_name="Kontaktperson",
        help_text="Personen besøkende kan kontakte om prosjektet. Kontaktinformasjon hentes fra "
        "personen.",
    )
    focus_areas = ParentalManyToManyField(
        "projects.FocusAreaPage",
        blank=True,
        related_name="projects",
        verbose_name="Innsatsområder",
        help_text="Prosjektet vises automatisk på sidene til innsatsområdene du velger.",
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name="Innhold")

    content_panels = BasePage.content_panels + [
        FieldPanel("goal"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("status"), FieldPanel("status_note")]),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
            ],
            heading="Status og periode",
        ),
        FieldPanel("lead_organisation"),
        FieldPanel("contact_person"),
        InlinePanel("partners", heading="Partnere", label="Partner"),
        InlinePanel("funding", heading="Finansiering", label="Finansieringskilde"),
        InlinePanel(
            "activities",
            heading="Aktiviteter uten fast dato",
            label="Aktivitet",
            help_text="Arrangementer og møter i prosjektet som ikke har en kjent dato. De vises "
            "på prosjektsiden, ikke i kalenderen. Arrangementer med dato legges inn som "
            "arrangementssider.",
        ),
        FieldPanel("focus_areas", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("goal"),
        index.SearchField("lead_organisation"),
        index.SearchField("body"),
        index.FilterField("status"),
    ]
    api_fields = PROJECT_API_FIELDS

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []
    page_description = (
        "Et prosjekt, en satsing eller et nettverk: mål, status, partnere og finansiering. "
        "Nyheter, arrangementer og publikasjoner om prosjektet vises automatisk."
    )

    class Meta:
        verbose_name = _("Prosjekt")
        verbose_name_plural = _("Prosjekter")

    def clean(self):
        super().clean()
        errors = {}
        if not (self.search_description or "").strip():
            errors["search_description"] = (
                "Skriv et kort sammendrag av prosjektet (fanen «Deling og søk»). Det vises i "
                "prosjektoversikten."
            )
        if self.start_year and self.end_year and self.end_year < self.start_year:
            errors["end_year"] = "Sluttåret kan ikke være før startåret."
        if self.status == ProjectStatus.PLANNED and self.end_year and not self.start_year:
            errors["start_year"] = "Et planlagt prosjekt med sluttår trenger også et startår."
        if errors:
            raise ValidationError(errors)

    @property
    def period_label(self) -> str:
        return year_span(self.start_year, self.end_year)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            partners=self.partners.all(),
            funding=self.funding.all(),
            undated_activities=self.activities.all(),
            focus_areas=public_among(self.focus_areas.all()).defer_streamfields().order_by("path"),
        )
        if self.pk is None:  # a preview of a new page has nothing tagged with it yet
            return context
        now = timezone.now()
        events = public_only(self.events.live()).defer_streamfields().select_related("municipality")
        context.update(
            related_news=public_only(self.news.live())
            .defer_streamfields()
            .order_by("-date", "-pk")[:RELATED_NEWS_ON_PROJECT],
            upcoming_events=events.upcoming(now)[:RELATED_EVENTS_ON_PROJECT],
            past_events=events.past(now)[:RELATED_EVENTS_ON_PROJECT],
            publications=public_only(self.publications.live())
            .defer_streamfields()
            .order_by("-date", "-pk"),
        )
        return context

    def get_json_ld(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "Project",
            "name": self.title,
            "description": self.search_description,
            "url": site_url(request, self.get_url(request)),
        }


class ProjectPartner(TranslatableOrderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField("Navn", max_length=200)
    role = models.CharField(
        "Rolle",
        max_length=200,
        blank=True,
        help_text="Valgfritt, for eksempel «utviklet veilederen».",
    )
    url = models.URLField("Nettside", blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("url")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = "Partner"
        verbose_name_plural = "Partnere"

    def __str__(self):
        return self.name


class ProjectFunding(TranslatableOrderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="funding")
    source = models.CharField(
        "Kilde", max_length=200, help_text="For eksempel «Klimasats» eller «EU»."
    )
    period = models.CharField(
        "Periode", max_length=100, blank=True, help_text="For eksempel «2025–2026» eller «fase 1»."
    )
    amount = models.PositiveIntegerField(
        "Beløp (kr)", null=True, blank=True, help_text="Bare når beløpet er kjent."
    )
    note = models.CharField("Merknad", max_length=300, blank=True)

    panels = [
        FieldPanel("source"),
        FieldRowPanel([FieldPanel("period"), FieldPanel("amount")]),
        FieldPanel("note"),
    ]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = "Finansieringskilde"
        verbose_name_plural = "Finansiering"

    def __str__(self):
        return self.source


class ProjectActivity(TranslatableOrderable):
    """An activity of the project without a known date: listed on the project page, never in
    the calendar (an event with a date is an ``EventPage``)."""

    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="activities")
    title = models.CharField("Tittel", max_length=255)
    description = models.CharField(
        "Kort beskrivelse",
        max_length=300,
        help_text="Én setning om hva aktiviteten var, slik kilden beskriver den.",
    )
    place = models.CharField("Sted", max_length=200, blank=True, help_text="Valgfritt.")
    kind = models.CharField(
        "Type",
        max_length=100,
        blank=True,
        help_text="Valgfritt, fritekst, for eksempel «webinar» eller «byvandring».",
    )
    period_note = models.CharField(
        "Tidspunkt",
        max_length=100,
        blank=True,
        help_text="Det som er kjent om tidspunktet, for eksempel «2024» eller «høsten 2024». "
        "Vises som det står; la feltet stå tomt når tidspunktet ikke er kjent.",
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("place"), FieldPanel("kind")]),
        FieldPanel("period_note"),
    ]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = "Aktivitet uten fast dato"
        verbose_name_plural = "Aktiviteter uten fast dato"

    def __str__(self):
        return self.title

    @property
    def meta_line(self) -> str:
        """Time, kind and place, those that are given, for the line under the title."""
        return " · ".join(part for part in (self.period_note, self.kind, self.place) if part)
