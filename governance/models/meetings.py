"""Meetings of an organ: /organisasjon/<organ>/moter/<slug>/ with the agenda and documents."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from osloregionen.core.api_fields import INTRO_API_FIELDS
from osloregionen.core.models import BasePage
from osloregionen.core.site_address import site_url
from osloregionen.core.structured_data import organization
from osloregionen.core.translatable import TranslatableOrderable

from ..api import MEETING_API_FIELDS
from ..forms import MeetingPageForm
from ..organ_context import meeting_context, meeting_index_context
from ..validators import case_number_validator
from .documents import DocumentRow

OSLO = ZoneInfo("Europe/Oslo")


def oslo_date(now: datetime):
    return timezone.localtime(now, OSLO).date()


class MeetingIndexPage(BasePage):
    """The ``moter`` container under an organ; it lists the organ's meetings."""

    intro = models.TextField(
        "Ingress",
        blank=True,
        help_text="Kort tekst over møtelisten, for eksempel hvor ofte organet møtes.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    api_fields = INTRO_API_FIELDS
    parent_page_types = ["governance.OrganPage"]
    subpage_types = ["governance.MeetingPage"]
    max_count_per_parent = 1
    page_description = "Møteoversikten til et organ (…/moter/). Møtene legges under denne siden."

    class Meta:
        verbose_name = _("Møteoversikt")
        verbose_name_plural = _("Møteoversikter")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            meeting_index_context(
                MeetingPage.objects.child_of(self), request, oslo_date(timezone.now())
            )
        )
        return context


class MeetingStatus(models.TextChoices):
    PLANNED = "planlagt", _("Planlagt")
    HELD = "avholdt", _("Avholdt")
    CANCELLED = "avlyst", _("Avlyst")


NOTICE_ANNOUNCED = _("Kunngjort")
NOTICE_MINUTES_PUBLISHED = _("Protokoll publisert")


class MeetingQuerySet(PageQuerySet):
    """Meetings on or after the day of ``now`` (Europe/Oslo) are upcoming; earlier ones are past."""

    def upcoming(self, now: datetime):
        return self.filter(date__gte=oslo_date(now)).order_by("date", "start_time")

    def past(self, now: datetime):
        return self.filter(date__lt=oslo_date(now)).order_by("-date", "-start_time")


MeetingManager = PageManager.from_queryset(MeetingQuerySet)


class MeetingPage(BasePage):
    date = models.DateField(
        "Dato",
        help_text="Dagen møtet holdes. Avgjør om møtet vises som kommende eller tidligere.",
    )
    start_time = models.TimeField(
        "Starter kl.", null=True, blank=True, help_text="Norsk tid. La stå tom hvis ikke kjent."
    )
    end_time = models.TimeField(
        "Slutter kl.",
        null=True,
        blank=True,
        help_text="Når møtet etter planen slutter, norsk tid. La stå tom hvis det ikke er kjent.",
    )
    place = models.CharField(
        "Sted",
        max_length=200,
        blank=True,
        help_text="Hvor møtet holdes, for eksempel «Oslo rådhus» eller «Teams». Vises på "
        "møtesiden og i møtelisten.",
    )
    status = models.CharField(
        "Status",
        max_length=10,
        choices=MeetingStatus.choices,
        default=MeetingStatus.PLANNED,
        help_text="Sett «Avholdt» etter møtet og «Avlyst» hvis det ikke blir noe av. Et avlyst "
        "møte blir stående, merket som avlyst.",
    )
    is_open = models.BooleanField(
        "Åpent for publikum",
        default=False,
        help_text="Åpne møter i representantskapet og styret vises også i arrangementskalenderen.",
    )
    intro = models.TextField(
        "Kort om møtet",
        blank=True,
        help_text="Én eller to setninger om hva møtet handler om. Vises i møtelisten.",
    )

    objects = MeetingManager()
    # Duplicate case numbers are checked in the form: the agenda rows are not on the page yet
    # when the model's clean() runs in the admin.
    base_form_class = MeetingPageForm

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]
                ),
                FieldPanel("place"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("is_open")]),
            ],
            heading="Når og hvor",
        ),
        FieldPanel("intro"),
        InlinePanel("guests", heading="Gjester som orienterte", label="Gjest"),
        InlinePanel(
            "agenda_items",
            heading="Saksliste",
            label="Sak",
            help_text="Sakene i rekkefølgen de ble behandlet. Saksnummeret er valgfritt.",
        ),
        InlinePanel("documents", heading="Møtedokumenter", label="Dokument"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.RelatedFields(
            "agenda_items",
            [
                index.SearchField("title"),
                index.SearchField("summary"),
                index.SearchField("decision"),
            ],
        ),
        index.RelatedFields(
            "documents", [index.RelatedFields("document", [index.SearchField("text")])]
        ),
        index.FilterField("date"),
        index.FilterField("is_open"),
        index.FilterField("status"),
    ]
    api_fields = MEETING_API_FIELDS

    parent_page_types = ["governance.MeetingIndexPage"]
    subpage_types = []
    page_description = "Et møte i et organ: tid, sted, saksliste med vedtak og møtedokumenter."

    class Meta:
        verbose_name = _("Møte")
        verbose_name_plural = _("Møter")
        ordering = ["-date"]

    def clean(self):
        super().clean()
        errors = {}
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = "Møtet må slutte etter at det starter."
        if self.status == MeetingStatus.HELD and self.date and self.date > timezone.localdate():
            errors["status"] = "Et møte som ikke har vært ennå, kan ikke være avholdt."
        if errors:
            raise ValidationError(errors)

    @property
    def starts_at(self) -> datetime | None:
        if self.start_time is None:
            return None
        return datetime.combine(self.date, self.start_time, tzinfo=OSLO)

    @property
    def ends_at(self) -> datetime | None:
        if self.end_time is None:
            return None
        return datetime.combine(self.date, self.end_time, tzinfo=OSLO)

    @property
    def is_cancelled(self) -> bool:
        return self.status == MeetingStatus.CANCELLED

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(meeting_context(self))
        today = oslo_date(timezone.now())
        context["notice_stage"] = self.notice_stage(context["meeting_documents"], today)
        context["is_notice"] = self.is_open and not self.is_cancelled and self.date >= today
        if context["is_notice"]:
            context["organ"] = self.get_parent().get_parent().specific
        return context

    def notice_stage(self, documents, today) -> str:
        """Where the public record of the meeting stands: kunngjort, avholdt, protokoll publisert."""
        if self.is_cancelled:
            return MeetingStatus.CANCELLED.label
        if any(row.kind == DocumentKind.MINUTES for row in documents):
            return NOTICE_MINUTES_PUBLISHED
        if self.date < today or self.status == MeetingStatus.HELD:
            return MeetingStatus.HELD.label
        return NOTICE_ANNOUNCED if self.is_open else MeetingStatus.PLANNED.label

    def get_json_ld(self, request):
        status = "EventCancelled" if self.is_cancelled else "EventScheduled"
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "url": site_url(request, self.url),
            "startDate": (self.starts_at or self.date).isoformat(),
            "eventStatus": f"https://schema.org/{status}",
            "organizer": organization(request),
        }
        if self.ends_at:
            data["endDate"] = self.ends_at.isoformat()
        if self.place:
            data["location"] = {"@type": "Place", "name": self.place}
        if self.intro:
            data["description"] = self.intro
        return data


class MeetingGuest(TranslatableOrderable):
    meeting = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="guests")
    person = models.ForeignKey(
        "governance.Person",
        on_delete=models.PROTECT,
        related_name="meeting_presentations",
        verbose_name="Person",
    )
    topic = models.CharField("Tema", max_length=300)

    panels = [FieldPanel("person"), FieldPanel("topic")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = "Gjest"
        verbose_name_plural = "Gjester"


class AgendaItem(TranslatableOrderable):
    override_translatable_fields = [SynchronizedField("case_number")]
    meeting = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="agenda_items")
    case_number = models.CharField(
        "Saksnummer",
        max_length=10,
        blank=True,
        validators=[case_number_validator],
        help_text="Løpenummer/år, for eksempel 12/24. Valgfritt, men unikt i sakslisten.",
    )
    case = models.ForeignKey(
        "governance.CasePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agenda_items",
        verbose_name="Sak i saksarkivet",
        help_text="Velg saken hvis den har en side: da vises nummer, tittel og hele behandlingen derfra.",
    )
    title = models.CharField(
        "Sak",
        max_length=300,
        blank=True,
        help_text="Tittelen på saken. Kan stå tom når en sak er valgt over.",
    )
    summary = models.TextField("Kort om saken", blank=True)
    decision = models.TextField("Vedtak", blank=True)
    documents = StreamField(
        [("document", DocumentChooserBlock(label="Dokument"))],
        blank=True,
        verbose_name="Saksdokumenter",
    )

    panels = [
        FieldPanel("case"),
        FieldRowPanel([FieldPanel("case_number"), FieldPanel("title")]),
        FieldPanel("summary"),
        FieldPanel("decision"),
        FieldPanel("documents"),
    ]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = "Sak"
        verbose_name_plural = "Saksliste"

    def __str__(self):
        return f"Sak {self.reference}: {self.heading}" if self.reference else self.heading

    def clean(self):
        super().clean()
        if not self.case_id and not self.title.strip():
            raise ValidationError(
                {"title": "Skriv tittelen på saken, eller velg saken i saksarkivet."}
            )

    @property
    def heading(self) -> str:
        return self.title or (self.case.title if self.case_id else "")

    @property
    def reference(self) -> str:
        return self.case_number or (self.case.reference if self.case_id else "")

    @property
    def document_ids(self) -> list[int]:
        return [block["value"] for block in self.documents.raw_data if block.get("value")]


class DocumentKind(models.TextChoices):
    NOTICE = "innkalling", _("Innkalling")
    AGENDA = "saksliste", _("Saksliste")
    MINUTES = "protokoll", _("Protokoll")
    PRESENTATION = "presentasjon", _("Presentasjon")
    OTHER = "annet", _("Annet")


class MeetingDocument(DocumentRow):
    meeting = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField("Type", max_length=20, choices=DocumentKind.choices)

    class Meta(DocumentRow.Meta):
        verbose_name = "Møtedokument"
        verbose_name_plural = "Møtedokumenter"
