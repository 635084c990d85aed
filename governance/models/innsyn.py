"""How to ask for access to documents (innsyn etter offentleglova), and where the journal is kept."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from osloregionen.core.api_fields import INTRO_API_FIELDS, stream_field
from osloregionen.core.blocks import BodyStreamBlock
from osloregionen.core.models import BasePage


class InnsynPage(BasePage):
    intro = models.TextField(
        "Ingress", blank=True, help_text="Én eller to setninger om retten til innsyn."
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name="Innhold",
        help_text="Hvordan man ber om innsyn. Adressen for innsynskrav og lenken til postjournalen "
        "hentes fra innstillingene (Innstillinger → Nettstedsinnstillinger → Innsyn), og vises bare når de er fylt ut.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [*INTRO_API_FIELDS, stream_field("body")]
    parent_page_types = ["governance.OrganisationIndexPage"]
    subpage_types = []
    max_count = 1
    page_description = (
        "Siden om innsyn i dokumenter og postjournalen. Møter, saker og publikasjoner lenker hit."
    )

    class Meta:
        verbose_name = _("Innsynsside")
        verbose_name_plural = _("Innsynssider")
