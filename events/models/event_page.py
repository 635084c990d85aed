"""One event: typed dates, place or online link, programme, and what is left after it."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.http import Http404, HttpResponseRedirect
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from osloregionen.core.blocks import BodyStreamBlock
from osloregionen.core.models import BasePage
from osloregionen.core.routes import TranslatedRoutesMixin
from osloregionen.core.visibility import public_among

from .. import dates
from ..api import EVENT_API_FIELDS
from ..blocks import ProgrammeBlock, SpeakersBlock
from ..choices import EVENT_DATE_PRECISIONS, Attendance, DatePrecision, EventKind, EventStatus
from ..registration import RegistrationForm, availability, cancel, from_token, register, token
from .json_ld import event_json_ld


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, now):
        """Events not yet over at ``now``, soonest first (an event running today is upcoming)."""
        return self.filter(finishes_at__gt=now).order_by("start", "pk")

    def past(self, now):
        return self.filter(finishes_at__lte=now).order_by("-start", "-pk")

    def with_exact_date(self):
        return self.filter(date_precision=DatePrecision.DAY)


EventPageManager = PageManager.from_queryset(EventPageQuerySet)


class EventPage(TranslatedRoutesMixin, RoutablePageMixin, BasePage):
    # A street address is the same in every language.
    override_translatable_fields = [SynchronizedField("address")]
    intro = models.TextField(
        "Ingress",
        blank=True,
        help_text="Hva arrangementet handler om og hvem det er for, i én eller to setninger.",
    )
    kind = models.CharField(
        "Type arrangement",
        max_length=30,
        choices=EventKind.choices,
        default=EventKind.SEMINAR,
        help_text="Vises over tittelen i kalenderen. Velg «Annet» hvis ingen av typene passer.",
    )
    status = models.CharField(
        "Status",
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        help_text="Et avlyst arrangement blir stående, merket som avlyst, også i kalenderfeeden.",
    )
    start = models.DateTimeField(
        "Starter", help_text="Dato og klokkeslett i norsk tid. For heldagsarrangementer: datoen."
    )
    end = models.DateTimeField(
        "Slutter",
        null=True,
        blank=True,
        help_text="Tomt for et arrangement uten kjent sluttid. For flerdagsarrangementer: siste dag.",
    )
    all_day = models.BooleanField(
        "Heldags- eller flerdagsarrangement",
        default=False,
        help_text="Klokkeslettene vises ikke, bare datoene.",
    )
    date_precision = models.CharField(
        "Hvor sikker er datoen",
        max_length=10,
        choices=EVENT_DATE_PRECISIONS,
        default=DatePrecision.DAY,
        help_text="Velg «Måned» når kilden bare oppgir måneden: siden viser da "
        "«mai 2024» og ingen dag, og arrangementet kommer ikke i kalenderfeeden.",
    )
    finishes_at = models.DateTimeField(editable=False, db_index=True)

    attendance = models.CharField(
        "Oppmøte",
        max_length=10,
        choices=Attendance.choices,
        default=Attendance.IN_PERSON,
        help_text="Om deltakerne møter opp, følger med på nett eller kan velge. Digitale "
        "arrangementer trenger lenke til sendingen.",
    )
    venue = models.CharField(
        "Sted", max_length=200, blank=True, help_text="For eksempel «Oslo rådhus»."
    )
    address = models.CharField(
        "Adresse",
        max_length=200,
        blank=True,
        help_text="Gateadresse og poststed, for eksempel «Rådhusplassen 1, 0037 Oslo».",
    )
    online_url = models.URLField(
        "Lenke til sendingen",
        blank=True,
        help_text="Påkrevd for digitale arrangementer (Teams, Zoom, YouTube …).",
    )
    municipality = models.ForeignKey(
        "members.MunicipalityPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name="Kommune",
        help_text="Medlemskommunen arrangementet holdes i. Arrangementet vises på kommunens side.",
    )
    organisers = models.TextField(
        "Arrangør", blank=True, help_text="Én arrangør per linje, for eksempel «Osloregionen IPR»."
    )
    partners = models.TextField("Samarbeidspartnere", blank=True, help_text="Én per linje.")

    registration_url = models.URLField(
        "Lenke til påmelding",
        blank=True,
        help_text="Hele adressen til påmeldingsskjemaet. Lenken skjules når arrangementet er over.",
    )
    registration_deadline = models.DateTimeField(
        "Påmeldingsfrist",
        null=True,
        blank=True,
        help_text="Siste frist for påmelding, norsk tid. Må være før arrangementet starter, og "
        "krever påmelding på nettstedet eller lenke til påmelding.",
    )
    registration_open = models.BooleanField(
        "Påmelding på nettstedet",
        default=False,
        help_text="Deltakerne melder seg på med et skjema på arrangementssiden. Listen over "
        "påmeldte finner du under «Påmeldinger» i menyen.",
    )
    capacity = models.PositiveIntegerField(
        "Antall plasser",
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="Tomt betyr ubegrenset. Når plassene er fylt, står arrangementet som «Fullt».",
    )
    waiting_list = models.BooleanField(
        "Venteliste når det er fullt",
        default=True,
        help_text="Nye påmeldte settes på venteliste og får plass i tur og orden når noen "
        "melder seg av.",
    )

    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name="Om arrangementet",
        help_text="Mer om innholdet og hvem arrangementet passer for. Tid, sted og påmelding "
        "vises automatisk.",
    )
    programme = StreamField(
        ProgrammeBlock(),
        blank=True,
        verbose_name="Program",
        help_text="Én programpost per punkt, i rekkefølgen de skjer. La stå tomt til programmet "
        "er klart.",
    )
    speakers = StreamField(
        SpeakersBlock(),
        blank=True,
        verbose_name="Medvirkende",
        help_text="Innledere, paneldeltakere og ordstyrer, med navn og rolle.",
    )

    recording_url = models.URLField(
        "Lenke til opptak", blank=True, help_text="Legg inn etter arrangementet."
    )
    presentations = StreamField(
        [("document", DocumentChooserBlock(label="Dokument"))],
        blank=True,
        verbose_name="Presentasjoner og dokumenter",
        help_text="Presentasjonene fra arrangementet, lagt inn etterpå.",
    )

    focus_areas = ParentalManyToManyField(
        "projects.FocusAreaPage",
        blank=True,
        related_name="events",
        verbose_name="Innsatsområder",
        help_text="Arrangementet vises på innsatsområdenes sider og kan filtreres på dem.",
    )
    project = models.ForeignKey(
        "projects.ProjectPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name="Prosjekt",
        help_text="Prosjektet arrangementet hører til, om noe.",
    )

    objects = EventPageManager()

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("all_day"), FieldPanel("date_precision")]),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
            ],
            heading="Når og hva",
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance"),
                FieldRowPanel([FieldPanel("venue"), FieldPanel("address")]),
                FieldPanel("municipality"),
                FieldPanel("online_url"),
            ],
            heading="Hvor",
        ),
        MultiFieldPanel(
            [FieldPanel("organisers"), FieldPanel("partners")], heading="Arrangør og partnere"
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_open"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("waiting_list")]),
                FieldPanel("registration_url"),
                FieldPanel("registration_deadline"),
            ],
            heading="Påmelding",
        ),
        MultiFieldPanel(
            [FieldPanel("focus_areas", widget=forms.CheckboxSelectMultiple), FieldPanel("project")],
            heading="Tema og prosjekt",
        ),
        FieldPanel("body"),
        FieldPanel("programme"),
        FieldPanel("speakers"),
        MultiFieldPanel(
            [FieldPanel("recording_url"), FieldPanel("presentations")],
            heading="Etter arrangementet",
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("venue"),
        index.SearchField("organisers"),
        index.FilterField("start"),
        index.FilterField("kind"),
    ]
    api_fields = EVENT_API_FIELDS

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    page_description = (
        "Et seminar, webinar, en workshop eller et annet arrangement, med tid, sted, program "
        "og påmelding. Vises i kalenderen og i kalenderfeeden."
    )

    class Meta:
        verbose_name = gettext_lazy("Arrangement")
        verbose_name_plural = gettext_lazy("Arrangementer")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = "Arrangementet kan ikke slutte før det starter."
        if self.start and self.registration_deadline and self.registration_deadline > self.start:
            errors["registration_deadline"] = "Påmeldingsfristen må være før arrangementet starter."
        # The rule is for events still to come: a past webinar keeps its recording instead.
        if self.is_online and not self.online_url and self.start and self.start > timezone.now():
            errors["online_url"] = "Et digitalt arrangement trenger en lenke til sendingen."
        if self.registration_deadline and not (self.registration_url or self.registration_open):
            errors["registration_url"] = (
                "Legg inn lenken til påmeldingen, eller slå på påmelding på nettstedet, når det "
                "er en frist."
            )
        if self.registration_open and self.registration_url:
            errors["registration_url"] = (
                "Velg én måte å melde seg på: påmelding på nettstedet eller en lenke til et "
                "annet skjema."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.date_precision == DatePrecision.MONTH:
            first = dates.local(self.start)
            self.start = dates.local_midnight(first.date().replace(day=1))
            self.end = None
            self.all_day = True
        self.finishes_at = dates.finishes_at(
            self.start, self.end, self.all_day, self.date_precision
        )
        return super().save(*args, **kwargs)

    @property
    def when(self) -> str:
        return dates.when_text(self.start, self.end, self.all_day, self.date_precision)

    @property
    def is_month_only(self) -> bool:
        return self.date_precision == DatePrecision.MONTH

    @property
    def is_cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED

    @property
    def is_online(self) -> bool:
        return self.attendance in (Attendance.ONLINE, Attendance.HYBRID)

    @property
    def organiser_list(self) -> list[str]:
        return [line.strip() for line in self.organisers.splitlines() if line.strip()]

    @property
    def partner_list(self) -> list[str]:
        return [line.strip() for line in self.partners.splitlines() if line.strip()]

    @property
    def place(self) -> str:
        """The place in one line, for listings and the calendar's LOCATION."""
        municipality = getattr(self, "municipality", None)
        parts = [self.venue, self.address]
        if municipality is not None and municipality.title not in self.venue:
            parts.append(municipality.title)
        if self.attendance == Attendance.ONLINE and not any(parts):
            return _("Digitalt")
        return ", ".join(part for part in parts if part)

    def is_over(self, now) -> bool:
        # From the dates, not the stored ``finishes_at``: a preview is never saved, so its
        # ``finishes_at`` is missing (a new page) or belongs to the published dates.
        return dates.finishes_at(self.start, self.end, self.all_day, self.date_precision) <= now

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        url = self.get_url(request)  # None for a new page previewed before its first save
        context.update(
            iso_start=dates.iso_date(self.start, self.date_precision, self.all_day),
            is_over=self.is_over(timezone.now()),
            focus_areas=list(public_among(self.focus_areas.all()).order_by("path")),
            calendar_url=None if self.is_month_only or not url else url + "kalender.ics",
        )
        return context

    def get_json_ld(self, request):
        return event_json_ld(self, request)

    # Sign-up on the site (events.registration); the routes below take the form.

    def lock_sign_ups(self) -> None:
        """Hold this event's row until the transaction ends, so that parallel sign-ups and
        cancellations are counted one after another."""
        EventPage.objects.select_for_update(of=("self",)).filter(pk=self.pk).first()

    def registration_url_for(self, registration, *, full: bool = False) -> str:
        base = self.get_full_url() if full else self.url
        return base + self.reverse_subpage("registration_receipt", args=[token(registration)])

    def registration_context(self, request, form=None) -> dict:
        state = availability(self, timezone.now())
        if state is None:
            return {}
        if form is None and state.accepts_sign_ups:
            form = RegistrationForm(request=request)
        return {
            "availability": state,
            "registration_form": form,
            "registration_action": self.url + self.reverse_subpage("register"),
        }

    @path("")
    def event_view(self, request):
        return self.render(request, context_overrides=self.registration_context(request))

    @path(gettext_lazy("pamelding/"), name="register")
    def register_view(self, request):
        from osloregionen.core.submissions import flow

        if request.method != "POST" or not self.registration_open:
            return HttpResponseRedirect(self.url)
        form = RegistrationForm(request.POST, request=request)

        return flow.handle(
            request,
            form,
            save=lambda form: register(self, form),
            success_url=lambda saved: self.registration_url_for(saved) if saved else self.url,
            render=flow.page_renderer(
                self, request, lambda form: self.registration_context(request, form)
            ),
        )

    @path(gettext_lazy("pamelding/<str:token>/"), name="registration_receipt")
    def receipt_view(self, request, token):
        return self._registration_page(request, token, cancelling=False)

    @path(gettext_lazy("avmelding/<str:token>/"), name="cancel_registration")
    def cancel_view(self, request, token):
        return self._registration_page(request, token, cancelling=True)

    def _registration_page(self, request, token, *, cancelling: bool):
        """The receipt (status and cancellation link) and the cancellation: a GET only asks,
        so a mail program that opens links cannot cancel anyone."""
        registration = from_token(self, token)
        if registration is None:
            raise Http404
        if cancelling and request.method == "POST":
            cancel(registration)
            return HttpResponseRedirect(self.registration_url_for(registration))
        response = self.render(
            request,
            context_overrides={
                "registration": registration,
                "cancelling": cancelling,
                "cancel_url": self.url + self.reverse_subpage("cancel_registration", args=[token]),
                "is_over": self.is_over(timezone.now()),
            },
            template="pages/events/registration.html",
        )
        response["X-Robots-Tag"] = "noindex"
        patch_cache_control(response, private=True, no_store=True)
        return response
