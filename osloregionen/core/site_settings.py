"""Site-wide settings the secretariat edits: contact details, social links and menus."""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """One settings row per site, read once per page view: contact details, links and menus."""

    organisation_name = models.CharField(
        "Organisasjonens navn", max_length=200, default="Osloregionen IPR"
    )
    organisation_number = models.CharField(
        "Organisasjonsnummer",
        max_length=11,
        blank=True,
        validators=[
            RegexValidator(r"^\d{3} ?\d{3} ?\d{3}$", "Skriv ni sifre, gjerne som 123 456 789.")
        ],
    )
    street_address = models.CharField("Besøksadresse", max_length=200, blank=True)
    postal_address = models.CharField("Postadresse", max_length=200, blank=True)
    email = models.EmailField("E-post", blank=True)
    phone = models.CharField("Telefon", max_length=30, blank=True)
    facebook_url = models.URLField("Facebook", blank=True)
    linkedin_url = models.URLField("LinkedIn", blank=True)
    youtube_url = models.URLField("YouTube", blank=True)
    newsletter_url = models.URLField(
        "Nyhetsbrev", blank=True, help_text="Adressen der man melder seg på nyhetsbrevet."
    )
    access_request_email = models.EmailField(
        "E-post for innsynskrav",
        blank=True,
        help_text="Adressen innsynskrav sendes til. Vises på innsynssiden; står den tom, viser siden kontaktskjemaet.",
    )
    journal_keeper = models.CharField(
        "Hvem fører postjournalen",
        max_length=200,
        blank=True,
        help_text="For eksempel vertskommunen. Skriv bare det som er avtalt; står feltet tomt, vises ingenting.",
    )
    journal_url = models.URLField(
        "Lenke til postjournalen", blank=True, help_text="Der journalen kan søkes i."
    )

    # What visitors send: where it goes and how long it is kept (stated on /personvern/).
    contact_recipient = models.EmailField(
        "Mottaker av henvendelser",
        blank=True,
        help_text="Meldinger fra kontaktskjemaet sendes hit. Tomt: til e-postadressen over. "
        "Alle meldinger lagres også under «Henvendelser» i administrasjonen.",
    )
    contact_retention_days = models.PositiveSmallIntegerField(
        "Slett henvendelser og skjemasvar etter (dager)",
        default=180,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text="Meldinger fra kontaktskjemaet og svar på skjemaer slettes automatisk så "
        "mange dager etter at de kom inn. Står også i personvernerklæringen.",
    )
    registration_retention_days = models.PositiveSmallIntegerField(
        "Slett påmeldinger etter arrangementet (dager)",
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text="Navn, e-post og behov til de påmeldte slettes så mange dager etter at "
        "arrangementet er over.",
    )

    contact_panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("organisation_number"),
                FieldPanel("street_address"),
                FieldPanel("postal_address"),
                FieldPanel("email"),
                FieldPanel("phone"),
            ],
            heading="Kontaktinformasjon",
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("youtube_url"),
                FieldPanel("newsletter_url"),
            ],
            heading="Sosiale medier og nyhetsbrev",
        ),
        MultiFieldPanel(
            [
                FieldPanel("access_request_email"),
                FieldPanel("journal_keeper"),
                FieldPanel("journal_url"),
            ],
            heading="Innsyn",
        ),
    ]
    privacy_panels = [
        FieldPanel("contact_recipient"),
        FieldPanel("contact_retention_days"),
        FieldPanel("registration_retention_days"),
    ]
    menu_panels = [
        InlinePanel("main_menu_items", heading="Hovedmeny", label="Menypunkt", max_num=8),
        InlinePanel("footer_menu_items", heading="Bunnmeny", label="Menypunkt"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(contact_panels, heading="Kontakt og sosiale medier"),
            ObjectList(menu_panels, heading="Menyer"),
            ObjectList(privacy_panels, heading="Skjemaer og personvern"),
        ]
    )

    class Meta:
        verbose_name = "Nettstedsinnstillinger"

    @property
    def social_links(self) -> list[tuple[str, str]]:
        links = [
            ("Facebook", self.facebook_url),
            ("LinkedIn", self.linkedin_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]


class MenuItem(Orderable):
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name="Side"
    )
    label = models.CharField(
        "Tekst i menyen",
        max_length=60,
        blank=True,
        help_text="La stå tomt for å bruke sidens tittel.",
    )

    panels = [FieldPanel("page"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        abstract = True


class MainMenuItem(MenuItem):
    setting = ParentalKey(SiteSettings, related_name="main_menu_items")


class FooterMenuItem(MenuItem):
    setting = ParentalKey(SiteSettings, related_name="footer_menu_items")
