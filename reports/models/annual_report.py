"""The annual report on the web: a report page with key figures and survey data, and one page per chapter."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from osloregionen.core import norwegian
from osloregionen.core.blocks import BodyStreamBlock
from osloregionen.core.models import BasePage
from osloregionen.core.site_address import site_url
from osloregionen.core.translatable import TranslatableOrderable
from osloregionen.core.visibility import public_only
from reports.api import ANNUAL_REPORT_API_FIELDS, CHAPTER_API_FIELDS
from reports.charts import horizontal_bar_chart
from reports.choices import PublicationKind
from reports.forms import AnnualReportPageForm

from .publications import PublicationPage

HEADING_LEVELS = {"h2": 2, "h3": 3, "h4": 4}


class AnnualReportPage(PublicationPage):
    override_translatable_fields = [SynchronizedField("foreword_author")]
    fixed_kind = PublicationKind.ANNUAL_REPORT
    base_form_class = AnnualReportPageForm

    report_year = models.PositiveSmallIntegerField(
        "Rapportåret",
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text="Året rapporten gjelder, for eksempel 2024.",
    )
    foreword_author = models.CharField(
        "Forordet er skrevet av",
        max_length=120,
        blank=True,
        help_text="Navnet på den som har skrevet forordet, for eksempel styrelederen.",
    )
    foreword_role = models.CharField(
        "Forfatterens rolle",
        max_length=255,
        blank=True,
        help_text="For eksempel «Styreleder i Osloregionen IPR, byrådsleder i Oslo kommune».",
    )
    foreword_place_date = models.CharField(
        "Sted og dato", max_length=80, blank=True, help_text="Som i rapporten: «Oslo, mai 2025»."
    )
    foreword = StreamField(BodyStreamBlock(), blank=True, verbose_name="Forord")
    survey_title = models.CharField(
        "Tittel på medlemsundersøkelsen",
        max_length=120,
        blank=True,
        help_text="Overskrift over resultatene. La stå tom for å bruke «Medlemsundersøkelsen».",
    )
    survey_intro = models.TextField(
        "Om medlemsundersøkelsen",
        blank=True,
        help_text="Hvem som fikk undersøkelsen, og hva rapporten sier om svarene.",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("report_year"), FieldPanel("date")]),
                FieldPanel("date_precision"),
                FieldPanel("document"),
                FieldPanel("external_url"),
            ],
            heading="Om rapporten",
            help_text="Dato er når rapporten ble publisert. Kapitlene legges inn som undersider.",
        ),
        MultiFieldPanel(
            [
                FieldPanel("foreword_author"),
                FieldPanel("foreword_role"),
                FieldPanel("foreword_place_date"),
                FieldPanel("foreword"),
            ],
            heading="Forord",
        ),
        InlinePanel(
            "key_figures",
            heading="Nøkkeltall",
            label="Nøkkeltall",
            help_text="Tallene vises i rekkefølgen de står her.",
        ),
        MultiFieldPanel(
            [FieldPanel("survey_title"), FieldPanel("survey_intro")],
            heading="Medlemsundersøkelsen",
        ),
        InlinePanel(
            "survey_results",
            heading="Resultater fra medlemsundersøkelsen",
            label="Resultat",
            help_text="Hver gruppe blir et eget stolpediagram med en tabell ved siden av.",
        ),
        FieldPanel("focus_areas"),
    ]
    search_fields = PublicationPage.search_fields + [
        index.SearchField("foreword"),
        index.FilterField("report_year"),
    ]
    api_fields = ANNUAL_REPORT_API_FIELDS

    parent_page_types = ["reports.PublicationIndexPage"]
    subpage_types = ["reports.AnnualReportChapterPage"]
    page_description = (
        "En årsrapport på nettet: forord, nøkkeltall, medlemsundersøkelse og PDF. "
        "Hvert kapittel er en underside med egen adresse."
    )

    class Meta:
        verbose_name = _("Årsrapport")
        verbose_name_plural = _("Årsrapporter")

    def survey_charts(self) -> list:
        """One bar chart per group of survey results, in the editors' order."""
        groups: dict[str, list[tuple[str, int]]] = {}
        for result in self.survey_results.all():
            groups.setdefault(result.group, []).append((result.label, result.percent))
        return [
            horizontal_bar_chart(f"survey-{number}", group, rows)
            for number, (group, rows) in enumerate(groups.items(), start=1)
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = public_only(
            AnnualReportChapterPage.objects.child_of(self).live().defer_streamfields()
        ).order_by("path")
        context["key_figures"] = list(self.key_figures.all())
        context["survey_charts"] = self.survey_charts()
        return context

    def get_json_ld(self, request) -> dict:
        data = super().get_json_ld(request)
        data["temporalCoverage"] = str(self.report_year)
        if self.foreword_author:
            data["author"] = {"@type": "Person", "name": self.foreword_author}
        return data


class KeyFigure(TranslatableOrderable):
    report = ParentalKey(AnnualReportPage, on_delete=models.CASCADE, related_name="key_figures")
    value = models.CharField(
        "Tall", max_length=60, help_text="For eksempel «65» eller «2025–2026»."
    )
    unit = models.CharField(
        "Enhet", max_length=30, blank=True, help_text="For eksempel «kommuner»."
    )
    label = models.CharField("Forklaring", max_length=160)

    panels = [FieldRowPanel([FieldPanel("value"), FieldPanel("unit")]), FieldPanel("label")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = "Nøkkeltall"
        verbose_name_plural = "Nøkkeltall"

    def __str__(self):
        return f"{self.label}: {self.value} {self.unit}".strip()


class SurveyResult(TranslatableOrderable):
    report = ParentalKey(AnnualReportPage, on_delete=models.CASCADE, related_name="survey_results")
    group = models.CharField(
        "Gruppe",
        max_length=120,
        help_text="Resultater med samme gruppe vises i samme diagram, for eksempel «Respondenter».",
    )
    label = models.CharField("Spørsmål eller svar", max_length=255)
    percent = models.PositiveSmallIntegerField(
        "Prosent", validators=[MinValueValidator(0), MaxValueValidator(100)]
    )

    panels = [FieldPanel("group"), FieldPanel("label"), FieldPanel("percent")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = "Resultat fra medlemsundersøkelsen"
        verbose_name_plural = "Resultater fra medlemsundersøkelsen"

    def __str__(self):
        return f"{self.label}: {self.percent} %"


class AnnualReportChapterPage(BasePage):
    body = StreamField(
        BodyStreamBlock(),
        verbose_name="Innhold",
        help_text="Teksten i kapittelet. Mellomtitlene blir innholdsfortegnelsen.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = CHAPTER_API_FIELDS

    parent_page_types = ["reports.AnnualReportPage"]
    subpage_types = []
    page_description = (
        "Et kapittel i årsrapporten, med egen adresse. Innholdsfortegnelsen lages av overskriftene."
    )

    class Meta:
        verbose_name = _("Kapittel i årsrapport")
        verbose_name_plural = _("Kapitler i årsrapport")

    def clean(self):
        super().clean()
        previous = 1
        for block in self.body:
            if block.block_type != "heading":
                continue
            level = HEADING_LEVELS[block.value["level"]]
            if level > previous + 1:
                raise ValidationError(
                    {
                        "body": f"Overskriften «{block.value['text']}» hopper over et nivå. "
                        "Bruk overskriftsnivåene i rekkefølge (2, så 3, så 4)."
                    }
                )
            previous = level

    @staticmethod
    def anchor(text: str) -> str:
        """The id the heading block template gives a heading (``text|anchor``)."""
        return norwegian.slug(text)

    def table_of_contents(self) -> list[dict]:
        """The chapter's h2 headings with their h3 headings nested, as anchors to link to."""
        entries: list[dict] = []
        for block in self.body:
            if block.block_type != "heading" or block.value["level"] not in ("h2", "h3"):
                continue
            entry = {
                "text": block.value["text"],
                "anchor": self.anchor(block.value["text"]),
                "children": [],
            }
            if block.value["level"] == "h3" and entries:
                entries[-1]["children"].append(entry)
            else:
                entries.append(entry)
        return entries

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        chapters = list(
            public_only(
                AnnualReportChapterPage.objects.sibling_of(self).live().defer_streamfields()
            ).order_by("path")
        )
        ids = [chapter.pk for chapter in chapters]
        position = ids.index(self.pk) if self.pk in ids else None
        after = position + 1 if position is not None else len(chapters)
        context.update(
            report=self.get_parent(),
            chapters=chapters,
            previous_chapter=chapters[position - 1] if position else None,
            next_chapter=chapters[after] if after < len(chapters) else None,
            table_of_contents=self.table_of_contents(),
        )
        return context

    def get_json_ld(self, request) -> dict:
        report = self.get_parent()  # cached by get_context, so no extra query
        data = {
            "@context": "https://schema.org",
            "@type": "Chapter",
            "name": self.title,
            "url": site_url(request, self.get_url(request)),
            "isPartOf": {
                "@type": "Report",
                "name": report.title,
                "url": site_url(request, report.get_url(request)),
            },
        }
        if self.search_description:
            data["description"] = self.search_description
        return data
