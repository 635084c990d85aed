"""Focus areas (innsatsområder): the pages that gather projects, events, news and publications."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from osloregionen.core.api_fields import TEXT_PAGE_API_FIELDS
from osloregionen.core.blocks import BodyStreamBlock
from osloregionen.core.index_pages import IndexPage
from osloregionen.core.models import BasePage
from osloregionen.core.norwegian import sort_key as norwegian_sort_key
from osloregionen.core.translatable import TranslatableOrderable
from osloregionen.core.visibility import public_only
from projects.api import FOCUS_AREA_API_FIELDS

LATEST_NEWS_ON_FOCUS_AREA = 5
UPCOMING_EVENTS_ON_FOCUS_AREA = 5
PUBLICATIONS_ON_FOCUS_AREA = 5


def by_title(page):
    return norwegian_sort_key(page.title)


def year_span(start: int | None, end: int | None) -> str:
    """«2019–2023», «2024» (one year) or «fra 2024» (still going); empty without a start."""
    if start and end:
        return str(start) if start == end else f"{start}–{end}"
    if start:
        return _("fra %(year)s") % {"year": start}
    return ""


class FocusAreaIndexPage(IndexPage):
    intro = models.TextField(
        "Ingress", blank=True, help_text="Kort innledning om hva innsatsområdene er."
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name="Innhold")

    content_panels = IndexPage.content_panels + [FieldPanel("body")]
    api_fields = TEXT_PAGE_API_FIELDS

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.FocusAreaPage"]
    page_description = "Oversikten over innsatsområdene. Det finnes én slik side."

    listing_model = "projects.FocusAreaPage"
    listing_name = "focus_areas"

    class Meta:
        verbose_name = gettext_lazy("Oversikt over innsatsområder")
        verbose_name_plural = gettext_lazy("Oversikter over innsatsområder")


class FocusAreaKind(models.TextChoices):
    FOCUS_AREA = "innsatsomrade", gettext_lazy("Innsatsområde")
    THEME = "tverrgaende", gettext_lazy("Tverrgående tema")


class FocusAreaPage(BasePage):
    intro = models.TextField("Ingress", help_text="To–tre setninger om hva innsatsområdet dekker.")
    kind = models.CharField(
        "Type",
        max_length=20,
        choices=FocusAreaKind.choices,
        default=FocusAreaKind.FOCUS_AREA,
        help_text="Et tverrgående tema går på tvers av innsatsområdene (som energi fra 2024).",
    )
    start_year = models.PositiveSmallIntegerField("Fra år", null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(
        "Til år", null=True, blank=True, help_text="Tomt så lenge området gjelder."
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name="Innhold",
        help_text="For eksempel hva som ble gjort i året som gikk. Prosjekter, arrangementer, "
        "nyheter og publikasjoner merket med området vises automatisk under teksten.",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("kind"), FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")])],
            heading="Type og periode",
        ),
        InlinePanel("prioritised_activities", heading="Prioriterte aktiviteter", label="Aktivitet"),
        FieldPanel("body"),
        InlinePanel(
            "featured_items",
            heading="Fremhevet innhold",
            label="Fremhevet side",
            help_text="Valgfritt: sider som skal løftes fram øverst. Listene under fylles automatisk.",
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = FOCUS_AREA_API_FIELDS

    parent_page_types = ["projects.FocusAreaIndexPage"]
    subpage_types = []
    page_description = (
        "Et innsatsområde eller tverrgående tema. Prosjekter, arrangementer, nyheter og "
        "publikasjoner som er merket med området, listes automatisk."
    )

    class Meta:
        verbose_name = gettext_lazy("Innsatsområde")
        verbose_name_plural = gettext_lazy("Innsatsområder")

    @classmethod
    def for_filter(cls, locale_id) -> list:
        """The live, public focus areas in one language, in tree order: the choices of a
        listing's focus-area filter (projects, news)."""
        return list(
            public_only(cls.objects.live())
            .filter(locale_id=locale_id)
            .defer_streamfields()
            .order_by("path")
        )

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": "«Til år» kan ikke være før «Fra år»."})

    @property
    def period_label(self) -> str:
        return year_span(self.start_year, self.end_year)

    def featured_pages(self) -> list:
        """The live public pages editors chose, in their order (from the form in a preview)."""
        ids = [item.page_id for item in self.featured_items.all()]
        pages = public_only(Page.objects.live().filter(pk__in=ids)).specific(defer=True)
        return sorted(pages, key=lambda page: ids.index(page.pk))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.pk is None:  # a preview of a page not yet saved has nothing tagged with it
            return context
        news = list(
            public_only(self.news.live())
            .defer_streamfields()
            .order_by("-date", "-pk")[:LATEST_NEWS_ON_FOCUS_AREA]
        )
        context.update(
            featured_pages=self.featured_pages(),
            related_projects=sorted(
                public_only(self.projects.live()).defer_streamfields(), key=by_title
            ),
            latest_news=news,
            upcoming_events=public_only(self.events.live())
            .defer_streamfields()
            .select_related("municipality")
            .upcoming(timezone.now())[:UPCOMING_EVENTS_ON_FOCUS_AREA],
            publications=public_only(self.publications.live())
            .defer_streamfields()
            .order_by("-date", "-pk")[:PUBLICATIONS_ON_FOCUS_AREA],
            # The news list lives in a later app; its URL is a news item's minus the slug.
            news_list_url=news[0].get_parent_url(request) if news else None,
        )
        return context


class PrioritisedActivity(TranslatableOrderable):
    focus_area = ParentalKey(
        FocusAreaPage, on_delete=models.CASCADE, related_name="prioritised_activities"
    )
    text = models.TextField(
        "Aktivitet", help_text="Én prioritert aktivitet fra de strategiske føringene."
    )

    panels = [FieldPanel("text")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = "Prioritert aktivitet"
        verbose_name_plural = "Prioriterte aktiviteter"

    def __str__(self):
        return self.text


class FocusAreaFeaturedPage(Orderable):
    focus_area = ParentalKey(FocusAreaPage, on_delete=models.CASCADE, related_name="featured_items")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="Side",
        help_text="Et prosjekt, en nyhet, et arrangement eller en publikasjon.",
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = "Fremhevet side"
        verbose_name_plural = "Fremhevede sider"
