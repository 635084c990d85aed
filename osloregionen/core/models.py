from .documents import SiteDocument
from .pages import BasePage, ContactPage, StandardPage
from .site_settings import FooterMenuItem, MainMenuItem, SiteSettings

__all__ = [
    "SiteDocument",
    "BasePage",
    "ContactPage",
    "FooterMenuItem",
    "MainMenuItem",
    "SiteSettings",
    "StandardPage",
]
