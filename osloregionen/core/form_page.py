"""Forms the secretariat builds itself (feedback, a survey, a consultation on a draft) with
wagtail.contrib.forms, protected and kept like the contact form (core.submissions)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.contrib.forms.models import AbstractFormField, FormMixin, FormSubmission
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from .api_fields import FORM_PAGE_API_FIELDS
from .blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from .pages import BasePage
from .routes import TranslatedRoutesMixin
from .submissions import flow
from .submissions.guard import HONEYPOT_FIELD, ProtectedFormMixin
from .submissions.retention import cutoff, site_settings


class ProtectedFormBuilder(FormBuilder):
    """Wagtail's form fields on a form with the honeypot, consent and rate limit."""

    def get_form_class(self):
        return type(
            "WagtailForm",
            (ProtectedFormMixin, BaseForm),
            {"rate_limit_scope": "form-page", **self.formfields},
        )


class FormField(AbstractFormField):
    page = ParentalKey("core.FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(TranslatedRoutesMixin, RoutablePageMixin, FormMixin, BasePage):
    intro = models.TextField(
        "Ingress",
        blank=True,
        help_text="Hva skjemaet gjelder og hvem det er for, i én eller to setninger.",
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name="Innhold over skjemaet",
        help_text="For eksempel høringsutkastet som dokument, eller bakgrunn for undersøkelsen.",
    )
    closes_at = models.DateTimeField(
        "Svarfrist",
        null=True,
        blank=True,
        help_text="Norsk tid. Etter fristen vises skjemaet ikke lenger. Tomt: ingen frist.",
    )
    consent_text = models.TextField(
        "Tekst ved samtykkeboksen",
        blank=True,
        help_text="Hva svarene brukes til. Tomt: standardteksten om personopplysninger. Svarene "
        "slettes automatisk etter fristen i nettstedsinnstillingene.",
    )
    thank_you_text = RichTextField(
        "Takketekst",
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Vises etter at skjemaet er sendt. Tomt: «Takk! Svaret ditt er mottatt.»",
    )

    form_builder = ProtectedFormBuilder

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("form_fields", heading="Felt i skjemaet", label="Felt", min_num=1),
        MultiFieldPanel(
            [FieldPanel("closes_at"), FieldPanel("consent_text"), FieldPanel("thank_you_text")],
            heading="Frist, samtykke og takk",
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = FORM_PAGE_API_FIELDS

    parent_page_types = ["home.HomePage", "core.StandardPage"]
    subpage_types = []
    page_description = (
        "Et skjema redaksjonen lager selv: tilbakemelding, spørreundersøkelse eller høring. "
        "Svarene finner du under «Skjemaer» i menyen."
    )

    class Meta:
        verbose_name = _("Skjema")
        verbose_name_plural = _("Skjemaer")

    def is_closed(self, now=None) -> bool:
        return self.closes_at is not None and self.closes_at <= (now or timezone.now())

    def process_form_submission(self, form):
        data = {k: v for k, v in form.cleaned_data.items() if k != HONEYPOT_FIELD}
        return self.get_submission_class().objects.create(form_data=data, page=self)

    # Wagtail's FormMixin.serve answers a POST with the thank-you page itself and gives the
    # form no request; the routes below use the shared flow (rate limit, post-redirect-get).
    @path("")
    def form_view(self, request):
        if self.is_closed():
            return self.render(request, context_overrides={"closed": True})
        form = self.get_form(
            request.POST if request.method == "POST" else None,
            request.FILES if request.method == "POST" else None,
            page=self,
            user=request.user,
            request=request,
            consent_text=self.consent_text,
        )

        thanks_url = self.get_url(request) + self.reverse_subpage("thanks")
        return flow.handle(
            request,
            form,
            save=self.process_form_submission,
            success_url=lambda _submission: thanks_url,
            render=flow.page_renderer(self, request),
        )

    @path(_("takk/"), name="thanks")
    def thanks_view(self, request):
        return self.render(request, context_overrides={"sent": True})

    def serve_preview(self, request, mode_name):
        # Both parents define it; the «landing» mode shows the thank-you view.
        if mode_name == "landing":
            return self.thanks_view(request)
        return self.form_view(request)


def purge_expired_submissions(now) -> list[tuple[str, int]]:
    days = site_settings().contact_retention_days
    deleted, _by_model = FormSubmission.objects.filter(submit_time__lt=cutoff(now, days)).delete()
    return [("skjemasvar", deleted)]
