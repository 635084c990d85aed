"""News: the paginated, filterable news list and the articles."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from osloregionen.core.api_fields import INTRO_API_FIELDS
from osloregionen.core.blocks import BodyStreamBlock
from osloregionen.core.brand_image import page_image_url
from osloregionen.core.dates import DatePrecision, iso_date
from osloregionen.core.index_pages import IndexPage
from osloregionen.core.models import BasePage
from osloregionen.core.site_address import site_url
from osloregionen.core.structured_data import organization
from osloregionen.core.visibility import public_only
from projects.models import FocusAreaPage, ProjectPage

from .api import NEWS_API_FIELDS
from .forms import NewsFilterForm

NEWS_PER_PAGE = 10


class NewsIndexPage(IndexPage):
    api_fields = INTRO_API_FIELDS

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    page_description = "Nyhetsoversikten (Aktuelt), nyeste først, med filter og RSS-feed."

    listing_model = "news.NewsPage"
    listing_name = "news_items"
    listing_order = ("-date", "-pk")
    per_page = NEWS_PER_PAGE
    filter_form_class = NewsFilterForm

    class Meta:
        verbose_name = _("Nyhetsoversikt")
        verbose_name_plural = _("Nyhetsoversikter")

    def get_filter_form(self, request, items):
        return NewsFilterForm(request.GET, focus_areas=FocusAreaPage.for_filter(self.locale_id))

    def filter_listing(self, items, applied):
        if "innsatsomrade" in applied:
            items = items.filter(focus_areas__slug=applied["innsatsomrade"])
        return items


class NewsPage(BasePage):
    # Names are the same in every language.
    override_translatable_fields = [SynchronizedField("author"), SynchronizedField("image_credit")]
    # The article's image in the template and in the JSON-LD, fetched together.
    IMAGE_RENDITIONS = ("width-1200", "fill-1200x630")

    date = models.DateField("Dato", help_text="Datoen saken gjelder eller ble publisert.")
    month_only = models.BooleanField(
        "Bare måneden er kjent",
        default=False,
        help_text="Kryss av når kilden bare oppgir måneden. Da vises «april 2024» i stedet for en "
        "dato; sett datoen til den første i måneden.",
    )
    lead = models.TextField(
        "Ingress", help_text="Én til tre setninger som sier det viktigste. Vises i lister og i RSS."
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name="Brødtekst")
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Bilde",
        help_text="Valgfritt hovedbilde øverst i saken. Alternativ tekst settes på bildet.",
    )
    image_credit = models.CharField(
        "Foto/kreditering",
        max_length=200,
        blank=True,
        help_text="For eksempel «Foto: Osloregionen».",
    )
    focus_areas = ParentalManyToManyField(
        "projects.FocusAreaPage",
        blank=True,
        related_name="news",
        verbose_name="Innsatsområder",
        help_text="Saken vises automatisk på sidene til innsatsområdene du velger.",
    )
    author = models.ForeignKey(
        "governance.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
        verbose_name="Skrevet av",
        help_text="Valgfritt. Uten forfatter står Osloregionen som avsender.",
    )
    project = models.ForeignKey(
        "projects.ProjectPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
        verbose_name="Prosjekt",
        help_text="Valgfritt: saken vises da på prosjektets side.",
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("month_only")]),
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("image"), FieldPanel("image_credit")])], heading="Bilde"
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("focus_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("project"),
                FieldPanel("author"),
            ],
            heading="Tilknytning",
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = NEWS_API_FIELDS

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    page_description = "En nyhetssak med dato, ingress og brødtekst."

    class Meta:
        verbose_name = _("Nyhetssak")
        verbose_name_plural = _("Nyhetssaker")

    def clean(self):
        super().clean()
        errors = {}
        if self.image_credit and not self.image_id:
            errors["image_credit"] = "Kreditering uten bilde: velg et bilde eller tøm feltet."
        if self.month_only and self.date and self.date.day != 1:
            errors["date"] = "Når bare måneden er kjent, skal datoen være den første i måneden."
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        focus_area_ids = [area.pk for area in self.focus_areas.all()]
        context["focus_areas"] = (
            public_only(FocusAreaPage.objects.live().filter(pk__in=focus_area_ids))
            .defer_streamfields()
            .order_by("path")
        )
        context["project"] = (
            public_only(ProjectPage.objects.live().filter(pk=self.project_id))
            .defer_streamfields()
            .first()
        )
        if self.image is not None:
            renditions = (
                get_image_model()
                .get_rendition_model()
                .objects.filter(filter_spec__in=self.IMAGE_RENDITIONS)
            )
            prefetch_related_objects(
                [self.image], models.Prefetch("renditions", queryset=renditions)
            )
        return context

    @property
    def iso_date(self) -> str:
        return iso_date(self.date, self.date_precision)

    @property
    def date_precision(self) -> str:
        return DatePrecision.MONTH if self.month_only else DatePrecision.DAY

    @property
    def summary(self) -> str:
        return self.search_description or self.lead

    def get_json_ld(self, request):
        organisation = organization(request)
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.lead,
            "datePublished": self.iso_date,
            "inLanguage": self.locale.language_code,
            "url": site_url(request, self.get_url(request)),
            "mainEntityOfPage": site_url(request, self.get_url(request)),
            "author": {"@type": "Person", "name": self.author.name}
            if self.author and self.author.live
            else organisation,
            "publisher": organisation,
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        image = page_image_url(request, self, self.image or self.listing_image)
        if image:
            data["image"] = image
        return data
