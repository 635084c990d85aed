"""Member municipalities and delregioner (regional councils) of Osloregionen."""

from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from osloregionen.core import norwegian
from osloregionen.core.api_fields import INTRO_API_FIELDS
from osloregionen.core.blocks import BodyStreamBlock
from osloregionen.core.index_pages import IndexPage
from osloregionen.core.models import BasePage
from osloregionen.core.site_address import site_url
from osloregionen.core.visibility import public_among

from .api import MUNICIPALITY_API_FIELDS, SUBREGION_API_FIELDS
from .choices import County
from .listing import member_filters, member_listing


class MunicipalityIndexPage(BasePage):
    intro = models.TextField(
        "Ingress", blank=True, help_text="Kort innledning som vises over listen og kartet."
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = INTRO_API_FIELDS

    parent_page_types = ["home.HomePage"]
    subpage_types = ["members.MunicipalityPage", "members.SubRegionIndexPage"]
    max_count_per_parent = 1
    page_description = (
        "Oversikten over medlemskommunene (/medlemmer/), med kart. Kommunesidene og "
        "delregionene ligger under denne siden."
    )

    class Meta:
        verbose_name = _("Medlemsoversikt")
        verbose_name_plural = _("Medlemsoversikter")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The list itself is read by the template (members_list_tags), inside a cached fragment.
        context.update(member_filters(request))
        return context

    def member_listing(self, request, query: str, grouping: str) -> dict:
        return {
            **member_listing(
                request,
                municipalities=MunicipalityPage.objects.child_of(self),
                subregions=SubRegionPage.objects.live(),
                query=query,
                grouping=grouping,
            ),
            "subregion_index": SubRegionIndexPage.objects.child_of(self).live().first(),
        }


class MunicipalityQuerySet(PageQuerySet):
    def current(self, today: date | None = None):
        """Present members: no end date set, or (given ``today``) an end date still ahead.

        Without ``today`` every municipality with an end date counts as a former member, so
        the queryset never reads the clock.
        """
        if today is None:
            return self.filter(member_until__isnull=True)
        return self.filter(
            models.Q(member_until__isnull=True) | models.Q(member_until__gt=today)
        ).exclude(member_since__gt=today)

    def former(self, today: date | None = None):
        return self.exclude(pk__in=self.current(today).values("pk"))


MunicipalityManager = PageManager.from_queryset(MunicipalityQuerySet)

municipality_number_validator = RegexValidator(
    r"^[0-9]{4}\Z", "Kommunenummeret må være fire siffer, for eksempel 3203."
)


class MunicipalityPage(BasePage):
    # Numbers and place names are the same in every language.
    override_translatable_fields = [
        SynchronizedField("municipality_number"),
        SynchronizedField("administrative_centre"),
    ]
    official_name = models.CharField(
        "Offisielt navn",
        max_length=120,
        help_text="Slik kommunen selv skriver navnet, for eksempel «Asker kommune».",
    )
    municipality_number = models.CharField(
        "Kommunenummer",
        max_length=4,
        validators=[municipality_number_validator],
        help_text="Fire siffer, slik SSB oppgir det (for eksempel 0301 for Oslo). "
        "To kommuner kan ikke ha samme nummer.",
    )
    county = models.CharField(
        "Fylke", max_length=20, choices=County.choices, help_text="Fylket kommunen ligger i."
    )
    administrative_centre = models.CharField(
        "Administrasjonssenter",
        max_length=80,
        blank=True,
        help_text="Stedet der kommunens administrasjon holder til. Markøren i kartet står her.",
    )
    latitude = models.DecimalField(
        "Breddegrad",
        max_digits=7,
        decimal_places=4,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text="Administrasjonssenterets breddegrad i desimalgrader, for eksempel 59.83.",
    )
    longitude = models.DecimalField(
        "Lengdegrad",
        max_digits=7,
        decimal_places=4,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text="Administrasjonssenterets lengdegrad i desimalgrader, for eksempel 10.43.",
    )
    website = models.URLField(
        "Kommunens nettsted", blank=True, help_text="Hele adressen, med https://."
    )
    member_since = models.DateField(
        "Medlem fra",
        null=True,
        blank=True,
        help_text="Fyll bare ut når datoen er kjent (for eksempel 1.1.2024 for Elverum).",
    )
    member_until = models.DateField(
        "Medlem til",
        null=True,
        blank=True,
        help_text="Fylles ut hvis kommunen melder seg ut. Siden blir stående, men kommunen "
        "vises som tidligere medlem og tas ut av medlemslisten og kartet.",
    )
    subregions = ParentalManyToManyField(
        "members.SubRegionPage",
        blank=True,
        related_name="municipalities",
        verbose_name="Delregioner",
        help_text="Regionrådet (delregionen) kommunen hører til. En kommune kan høre til flere.",
    )
    intro = models.TextField(
        "Ingress", blank=True, help_text="Kort tekst om kommunen og medlemskapet."
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name="Innhold")

    objects = MunicipalityManager()

    content_panels = BasePage.content_panels + [
        FieldPanel("official_name"),
        FieldRowPanel([FieldPanel("municipality_number"), FieldPanel("county")]),
        FieldPanel("subregions", widget=forms.CheckboxSelectMultiple),
        FieldPanel("website"),
        MultiFieldPanel(
            [
                FieldPanel("administrative_centre"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading="Plassering i kartet",
        ),
        FieldRowPanel([FieldPanel("member_since"), FieldPanel("member_until")]),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("official_name"),
        index.SearchField("administrative_centre"),
        index.SearchField("intro"),
        index.FilterField("county"),
        index.FilterField("municipality_number"),
    ]
    api_fields = MUNICIPALITY_API_FIELDS

    parent_page_types = ["members.MunicipalityIndexPage"]
    subpage_types = []
    page_description = (
        "En medlemskommune, med fylke, kommunenummer, delregion og plassering i kartet."
    )

    class Meta:
        verbose_name = _("Medlemskommune")
        verbose_name_plural = _("Medlemskommuner")

    def clean(self):
        super().clean()
        errors = {}
        if self.municipality_number and self._number_taken():
            errors["municipality_number"] = (
                f"Kommunenummeret {self.municipality_number} er allerede brukt av en annen kommune."
            )
        if self.member_since and self.member_until and self.member_until < self.member_since:
            errors["member_until"] = "«Medlem til» kan ikke være før «Medlem fra»."
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = "Fyll ut både breddegrad og lengdegrad, eller ingen av dem."
        if errors:
            raise ValidationError(errors)

    def _number_taken(self) -> bool:
        # Unique among the pages of one language: a translation (in another locale, or one
        # left when its source was deleted and made again) carries the same number.
        locale_id = self.locale_id or Locale.get_default().pk
        others = MunicipalityPage.objects.filter(
            municipality_number=self.municipality_number, locale_id=locale_id
        )
        if self.translation_key:
            others = others.exclude(translation_key=self.translation_key)
        if self.pk:
            others = others.exclude(pk=self.pk)
        return others.exists()

    def has_left(self, today: date) -> bool:
        return self.member_until is not None and self.member_until <= today

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subregions"] = norwegian.by_title(public_among(self.subregions.all()))
        context["former_member"] = self.has_left(timezone.localdate())
        return context

    def get_json_ld(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "AdministrativeArea",
            "name": self.official_name or self.title,
            "url": site_url(request, self.url),
            "identifier": self.municipality_number,
            "containedInPlace": {"@type": "AdministrativeArea", "name": self.get_county_display()},
        }
        if self.website:
            data["sameAs"] = [self.website]
        if self.latitude is not None and self.longitude is not None:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        return data


class SubRegionIndexPage(IndexPage):
    intro = models.TextField(
        "Ingress", blank=True, help_text="Kort forklaring av hva en delregion er."
    )

    api_fields = INTRO_API_FIELDS
    parent_page_types = ["members.MunicipalityIndexPage"]
    subpage_types = ["members.SubRegionPage"]
    page_description = "Oversikten over delregionene (regionrådene), under medlemssiden."

    listing_model = "members.SubRegionPage"
    listing_name = "subregions"

    class Meta:
        verbose_name = _("Delregionoversikt")
        verbose_name_plural = _("Delregionoversikter")

    def prepare_listing(self, items):
        subregions = list(
            super()
            .prepare_listing(items)
            .prefetch_related(
                models.Prefetch(
                    "municipalities",
                    queryset=MunicipalityPage.objects.live().current(timezone.localdate()),
                    to_attr="current_municipalities",
                )
            )
        )
        for subregion in subregions:
            subregion.current_municipalities = norwegian.by_title(subregion.current_municipalities)
        return subregions


class SubRegionPage(BasePage):
    intro = models.TextField(
        "Om regionrådet",
        blank=True,
        help_text="Kort om regionrådet og hvordan det er representert i Osloregionen.",
    )
    website = models.URLField(
        "Regionrådets nettsted", blank=True, help_text="Hele adressen, med https://."
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name="Innhold")

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("website"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = SUBREGION_API_FIELDS

    parent_page_types = ["members.SubRegionIndexPage"]
    subpage_types = []
    page_description = (
        "En delregion (regionråd) med medlemskommunene sine. Hvem som har delregionens "
        "sete i styret, hentes fra organisasjonssidene."
    )

    class Meta:
        verbose_name = _("Delregion")
        verbose_name_plural = _("Delregioner")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A new page previewed before its first save has no id, so no members yet.
        members = self.municipalities.live().current(timezone.localdate()) if self.pk else []
        context["municipalities"] = norwegian.by_title(members)
        return context
