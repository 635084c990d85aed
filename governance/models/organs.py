"""The organisation: the index with the org chart, the organs and who sits in them when."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from osloregionen.core.api_fields import TEXT_PAGE_API_FIELDS
from osloregionen.core.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from osloregionen.core.models import BasePage
from osloregionen.core.site_address import site_url
from osloregionen.core.structured_data import organization
from osloregionen.core.translatable import TranslatableOrderable
from osloregionen.core.visibility import public_only

from ..api import ORGAN_API_FIELDS
from ..blocks import NotableCaseBlock
from ..organ_context import organ_context
from ..orgchart import org_chart
from ..validators import end_before_start_message
from .cases import cases_handled_by
from .meetings import MeetingIndexPage, MeetingPage, oslo_date


class OrganisationIndexPage(BasePage):
    intro = models.TextField(
        "Ingress", blank=True, help_text="Kort om hvordan Osloregionen styres."
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name="Innhold",
        help_text="Tekst over organisasjonskartet, for eksempel om vedtektene. Kartet lages "
        "automatisk av organene under siden.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = TEXT_PAGE_API_FIELDS

    parent_page_types = ["home.HomePage"]
    subpage_types = ["governance.OrganPage", "governance.CaseIndexPage", "governance.InnsynPage"]
    max_count_per_parent = 1
    page_description = (
        "Organisasjonssiden (/organisasjon/) med organisasjonskartet. Organene ligger under denne "
        "siden; kartet bygges av feltet «Rapporterer til» på hvert organ."
    )

    class Meta:
        verbose_name = _("Organisasjonsside")
        verbose_name_plural = _("Organisasjonssider")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organs = public_only(OrganPage.objects.descendant_of(self).live()).order_by("path")
        context["org_chart"] = org_chart(organs)
        return context


class OrganKind(models.TextChoices):
    POLITICAL = "politisk", _("Politisk organ")
    ADMINISTRATIVE = "administrativt", _("Administrativt organ")


class OrganPage(BasePage):
    kind = models.CharField(
        "Type organ",
        max_length=20,
        choices=OrganKind.choices,
        help_text="Politiske organer består av folkevalgte; administrative av ansatte og fagfolk.",
    )
    intro = models.TextField(
        "Ingress", blank=True, help_text="Én eller to setninger om hva organet er og gjør."
    )
    mandate = RichTextField(
        "Mandat og oppgaver",
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text="Hva organet har ansvar for og kan vedta, gjerne som punktliste. Henvis til "
        "vedtektene der det passer.",
    )
    composition = RichTextField(
        "Sammensetning",
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text="Hvordan organet er satt sammen og hvem som velger medlemmene.",
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name="Mer om organet",
        help_text="Annet som er nyttig å vite, for eksempel historikk eller kontaktperson. "
        "Medlemmer og møter vises automatisk.",
    )
    attendance = models.TextField(
        "Slik følger du åpne møter",
        blank=True,
        help_text="Vises i kunngjøringen av hvert åpent møte: om man må melde seg på, om møtet "
        "strømmes, og hvor sakspapirene legges ut. La stå tomt hvis organet ikke har åpne møter.",
    )
    reports_to = models.ForeignKey(
        "governance.OrganPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reporting_organs",
        verbose_name="Rapporterer til",
        help_text="Organet som velger dette organet eller som det gir råd til. Tomt for det "
        "øverste organet. Brukes i organisasjonskartet.",
    )
    relation = models.CharField(
        "Forholdet til det overordnede organet",
        max_length=160,
        blank=True,
        help_text="Vises i organisasjonskartet, for eksempel «Velges av representantskapet».",
    )
    meetings_in_calendar = models.BooleanField(
        "Åpne møter vises i kalenderen",
        default=False,
        help_text="Møter som er åpne for publikum, vises da også i arrangementskalenderen.",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("intro"),
        FieldPanel("mandate"),
        FieldPanel("composition"),
        FieldPanel("attendance"),
        MultiFieldPanel(
            [FieldPanel("reports_to"), FieldPanel("relation")], heading="Plass i organisasjonen"
        ),
        InlinePanel(
            "memberships",
            heading="Medlemmer over tid",
            label="Medlemskap",
            help_text="Ett medlemskap per person og rolle. Når noen går ut, fyll inn sluttdato i "
            "stedet for å slette raden: da vises personen under tidligere sammensetninger.",
        ),
        InlinePanel("yearly_summaries", heading="Året i tall", label="År"),
        FieldPanel("meetings_in_calendar"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("mandate"),
        index.SearchField("composition"),
        index.FilterField("kind"),
    ]
    api_fields = ORGAN_API_FIELDS

    parent_page_types = ["governance.OrganisationIndexPage", "governance.OrganPage"]
    subpage_types = ["governance.OrganPage", "governance.MeetingIndexPage"]
    page_description = (
        "Et organ eller en gruppe (styret, et utvalg, sekretariatet, en faggruppe) med mandat, "
        "medlemmer over tid og møter. Et organ kan samle flere grupper under seg."
    )

    class Meta:
        verbose_name = _("Organ")
        verbose_name_plural = _("Organer")

    def clean(self):
        super().clean()
        if self.reports_to_id and self._reporting_line_loops():
            raise ValidationError(
                {
                    "reports_to": "Et organ kan ikke rapportere til seg selv, direkte eller via andre."
                }
            )

    def _reporting_line_loops(self) -> bool:
        seen = {self.pk}
        current = self.reports_to
        while current is not None:
            if current.pk in seen:
                return True
            seen.add(current.pk)
            current = current.reports_to
        return False

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        meeting_index = public_only(MeetingIndexPage.objects.child_of(self).live()).first()
        meetings = (
            MeetingPage.objects.child_of(meeting_index)
            if meeting_index is not None
            else MeetingPage.objects.none()
        )
        context.update(
            organ_context(
                self,
                oslo_date(timezone.now()),
                sub_organs=OrganPage.objects.child_of(self),
                meeting_index=meeting_index,
                meetings=meetings,
            )
        )
        context.update(cases_handled_by(self))
        return context

    def get_json_ld(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "GovernmentOrganization",
            "name": self.title,
            "url": site_url(request, self.url),
            "description": self.intro or self.search_description,
            "parentOrganization": organization(request),
        }


class Role(models.TextChoices):
    LEADER = "leder", _("Leder")
    DEPUTY_LEADER = "nestleder", _("Nestleder")
    MEMBER = "medlem", _("Medlem")
    DEPUTY_MEMBER = "varamedlem", _("Varamedlem")
    DIRECTOR = "direktor", _("Direktør")
    ACTING_DIRECTOR = "konstituert_direktor", _("Konstituert direktør")
    HEAD_OF_SECTION = "fagsjef", _("Fagsjef")
    SPECIAL_ADVISER = "spesialradgiver", _("Spesialrådgiver")
    ADVISER = "radgiver", _("Rådgiver")


class MembershipQuerySet(models.QuerySet):
    """Memberships on a given day. The end date is the last day in the seat."""

    def current(self, today: date):
        return self.filter(
            Q(start_date__isnull=True) | Q(start_date__lte=today),
            Q(end_date__isnull=True) | Q(end_date__gte=today),
        )

    def ended(self, today: date):
        return self.filter(end_date__lt=today)

    def seats(self):
        return self.exclude(role=Role.DEPUTY_MEMBER)


class Membership(TranslatableOrderable):
    organ = ParentalKey(OrganPage, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(
        "governance.Person",
        on_delete=models.PROTECT,
        related_name="memberships",
        verbose_name="Person",
    )
    role = models.CharField("Rolle", max_length=30, choices=Role.choices, default=Role.MEMBER)
    represents_subregion = models.ForeignKey(
        "members.SubRegionPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="memberships",
        verbose_name="Representerer delregion",
    )
    represents_municipality = models.ForeignKey(
        "members.MunicipalityPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="represented_by",
        verbose_name="Representerer kommune",
    )
    represents_organisation = models.CharField(
        "Representerer organisasjon",
        max_length=160,
        blank=True,
        help_text="En organisasjon, eller flere delregioner som deler plassen, for eksempel "
        "«Folloregionen og Mosseregionen».",
    )
    start_date = models.DateField(
        "Fra",
        null=True,
        blank=True,
        help_text="Første dag i vervet. La stå tom hvis den ikke er kjent.",
    )
    end_date = models.DateField(
        "Til", null=True, blank=True, help_text="Siste dag i vervet. Tom så lenge vervet varer."
    )
    note = models.CharField(
        "Merknad", max_length=200, blank=True, help_text="For eksempel «20 % stilling»."
    )

    objects = MembershipQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("person"), FieldPanel("role")]),
        FieldRowPanel(
            [
                FieldPanel("represents_subregion"),
                FieldPanel("represents_municipality"),
                FieldPanel("represents_organisation"),
            ],
            heading="Representerer (velg én)",
        ),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("note"),
    ]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = "Medlemskap"
        verbose_name_plural = "Medlemskap"

    def __str__(self):
        return f"{self.person} – {self.get_role_display()}"

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = end_before_start_message()
        chosen = [
            self.represents_subregion_id,
            self.represents_municipality_id,
            self.represents_organisation.strip(),
        ]
        if sum(bool(value) for value in chosen) > 1:
            errors["represents_organisation"] = (
                "Velg enten en delregion, en kommune eller skriv inn en organisasjon – ikke flere."
            )
        if errors:
            raise ValidationError(errors)

    def is_current(self, today: date) -> bool:
        started = self.start_date is None or self.start_date <= today
        return started and (self.end_date is None or self.end_date >= today)

    def has_ended(self, today: date) -> bool:
        return self.end_date is not None and self.end_date < today

    @property
    def is_seat(self) -> bool:
        return self.role != Role.DEPUTY_MEMBER

    @property
    def represents(self):
        """The delregion or municipality page, or the organisation's name, the member speaks for."""
        return (
            self.represents_subregion
            or self.represents_municipality
            or self.represents_organisation
            or None
        )


class OrganYear(TranslatableOrderable):
    organ = ParentalKey(OrganPage, on_delete=models.CASCADE, related_name="yearly_summaries")
    year = models.PositiveSmallIntegerField("År")
    meeting_count = models.PositiveSmallIntegerField("Antall møter", null=True, blank=True)
    case_count = models.PositiveSmallIntegerField("Antall saker", null=True, blank=True)
    note = models.TextField("Merknad", blank=True)
    notable_cases = StreamField(
        [("case", NotableCaseBlock())],
        blank=True,
        verbose_name="Viktige saker",
        help_text="Saker som ikke er knyttet til et bestemt møte. Saker fra et møte føres i "
        "sakslisten på møtesiden.",
    )

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("meeting_count"), FieldPanel("case_count")]),
        FieldPanel("note"),
        FieldPanel("notable_cases"),
    ]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = "År i tall"
        verbose_name_plural = "Året i tall"

    def clean(self):
        super().clean()
        if self.year is not None and not 2005 <= self.year <= 2100:
            raise ValidationError(
                {"year": "Skriv et årstall fra 2005 (da Osloregionen ble etablert) og framover."}
            )
