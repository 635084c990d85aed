from .documents import SiteDocument
from .pages import BasePage, ContactPage, StandardPage
from .seed_record import SeedRecord
from .site_settings import FooterMenuItem, MainMenuItem, SiteSettings

__all__ = [
    "SiteDocument",
    "BasePage",
    "ContactPage",
    "FooterMenuItem",
    "MainMenuItem",
    "SeedRecord",
    "SiteSettings",
    "StandardPage",
]
