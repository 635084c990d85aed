from .pages import BasePage, ContactPage, StandardPage
from .site_settings import FooterMenuItem, MainMenuItem, SiteSettings

__all__ = [
    "BasePage",
    "ContactPage",
    "FooterMenuItem",
    "MainMenuItem",
    "SiteSettings",
    "StandardPage",
]
