from .contact import ContactMessage
from .documents import SiteDocument
from .form_page import FormField, FormPage
from .pages import BasePage, ContactPage, StandardPage
from .seed_record import SeedRecord
from .site_settings import FooterMenuItem, MainMenuItem, SiteSettings

__all__ = [
    "BasePage",
    "ContactMessage",
    "ContactPage",
    "FooterMenuItem",
    "FormField",
    "FormPage",
    "MainMenuItem",
    "SeedRecord",
    "SiteDocument",
    "SiteSettings",
    "StandardPage",
]
