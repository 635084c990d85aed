from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from osloregionen.core.api_fields import TEXT_PAGE_API_FIELDS
from osloregionen.core.blocks import BodyStreamBlock
from osloregionen.core.models import BasePage, SiteSettings
from osloregionen.core.site_address import site_url
from osloregionen.core.structured_data import organization


class HomePage(BasePage):
    intro = models.TextField(
        "Hva Osloregionen er",
        help_text="To setninger som forteller en ny besøkende hva Osloregionen er og gjør.",
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name="Innhold",
        help_text="Nøkkeltall, lenker og annet innhold. Nyheter, arrangementer og prosjekter "
        "hentes automatisk.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = TEXT_PAGE_API_FIELDS

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "core.StandardPage",
        "core.ContactPage",
        "core.FormPage",
        "members.MunicipalityIndexPage",
        "governance.OrganisationIndexPage",
        "projects.FocusAreaIndexPage",
        "projects.ProjectIndexPage",
        "events.EventIndexPage",
        "news.NewsIndexPage",
        "reports.PublicationIndexPage",
    ]
    page_description = "Forsiden. Det finnes én forside per språk; den engelske er en oversettelse."

    class Meta:
        verbose_name = _("Forside")
        verbose_name_plural = _("Forsider")

    @classmethod
    def can_create_at(cls, parent):
        # One home page per site: the English one is made with «Oversett», not «Legg til».
        return super().can_create_at(parent) and not cls.objects.exists()

    def get_json_ld(self, request):
        settings = SiteSettings.for_request(request)
        data = {
            "@context": "https://schema.org",
            **organization(request),
            "url": site_url(request, self.url),
            "description": self.intro,
            "sameAs": [url for _name, url in settings.social_links],
        }
        if settings.email:
            data["email"] = settings.email
        if settings.phone:
            data["telephone"] = settings.phone
        if settings.organisation_number:
            data["taxID"] = settings.organisation_number.replace(" ", "")
        if settings.street_address:
            data["address"] = {
                "@type": "PostalAddress",
                "streetAddress": settings.street_address,
                "addressCountry": "NO",
            }
        return data
