"""A case (sak) that travels through the organs: /organisasjon/saker/<slug>/ with its steps and outcome.

The case is one page however many organs handle it; each step names the organ, and the meeting when it is
known. Agenda items refer to the case instead of repeating it, and a publication (in reports) names the
case it came out of, so the case page shows its outcome through that reverse relation.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Prefetch, Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from osloregionen.core.api_fields import INTRO_API_FIELDS
from osloregionen.core.index_pages import IndexPage
from osloregionen.core.models import BasePage
from osloregionen.core.translatable import TranslatableOrderable
from osloregionen.core.visibility import public_only

from ..api import CASE_API_FIELDS
from ..forms import CaseFilterForm
from .documents import DocumentRow

CASES_PER_PAGE = 20


class CaseIndexPage(IndexPage):
    intro = models.TextField(
        "Ingress",
        blank=True,
        help_text="Kort om hvilke saker som vises her og hvordan de behandles.",
    )

    api_fields = INTRO_API_FIELDS
    parent_page_types = ["governance.OrganisationIndexPage"]
    subpage_types = ["governance.CasePage"]
    page_description = "Oversikten over saker (/organisasjon/saker/), med filter for organ og år."

    listing_model = "governance.CasePage"
    listing_name = "cases"
    per_page = CASES_PER_PAGE
    filter_form_class = CaseFilterForm

    class Meta:
        verbose_name = _("Saksoversikt")
        verbose_name_plural = _("Saksoversikter")

    def get_filter_form(self, request, items):
        return CaseFilterForm(
            request.GET,
            organs=CaseStep.objects.filter(case__in=items)
            .order_by("organ__path")
            .values_list("organ__slug", "organ__title")
            .distinct(),
            years=items.order_by("-year").values_list("year", flat=True).distinct(),
        )

    def filter_listing(self, items, applied):
        if "organ" in applied:
            items = items.filter(steps__organ__slug=applied["organ"]).distinct()
        if "ar" in applied:
            items = items.filter(year=applied["ar"])
        return items

    def prepare_listing(self, items):
        return items.order_by("-year", F("number").desc(nulls_last=True), "title").prefetch_related(
            Prefetch("steps", queryset=CaseStep.objects.select_related("organ"))
        )


class CasePage(BasePage):
    number = models.PositiveSmallIntegerField(
        "Saksnummer",
        null=True,
        blank=True,
        help_text="Løpenummeret i året, for eksempel 38 for sak 38/24. La stå tomt hvis det ikke er kjent.",
    )
    year = models.PositiveSmallIntegerField(
        "År", help_text="Året saken ble opprettet, for eksempel 2024."
    )
    intro = models.TextField(
        "Kort om saken",
        blank=True,
        help_text="Én eller to setninger om hva saken gjelder. Vises i sakslisten.",
    )
    answers = models.CharField(
        "Svar på",
        max_length=300,
        blank=True,
        help_text="Dokumentet saken svarer på, for eksempel «NOU 2023:25 Omstilling til lavutslipp».",
    )
    answers_url = models.URLField(
        "Lenke til dokumentet saken svarer på", blank=True, help_text="For eksempel regjeringen.no."
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("number"), FieldPanel("year")]), FieldPanel("intro")],
            heading="Saken",
        ),
        MultiFieldPanel([FieldPanel("answers"), FieldPanel("answers_url")], heading="Svar på"),
        InlinePanel(
            "steps",
            heading="Behandling",
            label="Behandling i et organ",
            help_text="Organene saken går gjennom, i rekkefølge: for eksempel koordineringsgruppen, "
            "interessepolitisk utvalg, styret, representantskapet. Velg møtet når det er kjent.",
        ),
        InlinePanel("documents", heading="Saksdokumenter", label="Dokument"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("answers"),
        index.RelatedFields(
            "steps", [index.SearchField("recommendation"), index.SearchField("decision")]
        ),
        index.RelatedFields(
            "documents", [index.RelatedFields("document", [index.SearchField("text")])]
        ),
        index.FilterField("year"),
        index.FilterField("number"),
    ]
    api_fields = CASE_API_FIELDS
    parent_page_types = ["governance.CaseIndexPage"]
    subpage_types = []
    page_description = "En sak og behandlingen av den i organene, med dokumenter og resultat."

    class Meta:
        verbose_name = _("Sak")
        verbose_name_plural = _("Saker")
        constraints = [
            models.UniqueConstraint(
                fields=["number", "year"],
                condition=Q(number__isnull=False),
                name="unique_case_number_per_year",
            )
        ]

    def __str__(self):
        return f"Sak {self.reference}: {self.title}" if self.reference else self.title

    @property
    def reference(self) -> str:
        """«38/24», as organs write it; empty when the number is not known."""
        return f"{self.number}/{self.year % 100:02d}" if self.number else ""

    def clean(self):
        super().clean()
        if self.year is not None and not 2005 <= self.year <= 2100:
            raise ValidationError(
                {"year": "Skriv et årstall fra 2005 (da Osloregionen ble etablert) og framover."}
            )
        if self.number and self.year:
            clash = (
                CasePage.objects.filter(number=self.number, year=self.year)
                .exclude(pk=self.pk)
                .first()
            )
            if clash:
                raise ValidationError(
                    {
                        "number": f"Sak {self.reference} finnes alt («{clash.title}»). Velg et annet nummer."
                    }
                )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["steps"] = self.steps.select_related("organ", "meeting")
        context["case_documents"] = self.documents.select_related("document")
        context["outcomes"] = public_only(self.publications.live()).order_by("-date")
        return context


def cases_handled_by(organ, limit: int = 5) -> dict:
    """The newest cases an organ handled, and the case list filtered on the organ, for its page."""
    if organ.pk is None:  # a new organ previewed before its first save has handled nothing
        return {"organ_cases": [], "case_index": None}
    cases = public_only(CasePage.objects.live().filter(steps__organ=organ).distinct())
    index = CaseIndexPage.objects.live().filter(locale=organ.locale).first()
    return {
        "organ_cases": list(
            cases.order_by("-year", F("number").desc(nulls_last=True), "title")[:limit]
        ),
        "case_index": index,
    }


class CaseStep(TranslatableOrderable):
    case = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="steps")
    organ = models.ForeignKey(
        "governance.OrganPage",
        # SET_NULL, not PROTECT: deleting an organ's page must not be blocked, and the step stays.
        null=True,
        on_delete=models.SET_NULL,
        related_name="case_steps",
        verbose_name="Organ",
    )
    meeting = models.ForeignKey(
        "governance.MeetingPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_steps",
        verbose_name="Møte",
        help_text="Møtet der organet behandlet saken, hvis møtet har en side.",
    )
    recommendation = models.TextField(
        "Innstilling",
        blank=True,
        help_text="Forslaget organet fikk til behandling. La stå tomt hvis ikke kjent.",
    )
    decision = models.TextField(
        "Vedtak", blank=True, help_text="Det organet vedtok. La stå tomt til det er vedtatt."
    )

    panels = [
        FieldRowPanel([FieldPanel("organ"), FieldPanel("meeting")]),
        FieldPanel("recommendation"),
        FieldPanel("decision"),
    ]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = "Behandling"
        verbose_name_plural = "Behandlinger"

    def clean(self):
        super().clean()
        if self.meeting_id and self.organ_id and not self.meeting.path.startswith(self.organ.path):
            raise ValidationError(
                {"meeting": "Møtet hører til et annet organ. Velg et møte i organet over."}
            )


class CaseDocumentKind(models.TextChoices):
    PRESENTATION = "saksframlegg", _("Saksframlegg")
    ATTACHMENT = "vedlegg", _("Vedlegg")
    MINUTES = "protokoll", _("Protokoll")
    OUTCOME = "utsendt", _("Utsendt dokument")


class CaseDocument(DocumentRow):
    case = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField("Type", max_length=20, choices=CaseDocumentKind.choices)

    class Meta(DocumentRow.Meta):
        verbose_name = "Saksdokument"
        verbose_name_plural = "Saksdokumenter"
