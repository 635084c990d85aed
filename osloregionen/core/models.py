from .pages import BasePage, ContactPage, StandardPage
from .site_settings import FooterMenuItem, MainMenuItem, NavigationSettings, SiteSettings

__all__ = [
    "BasePage",
    "ContactPage",
    "FooterMenuItem",
    "MainMenuItem",
    "NavigationSettings",
    "SiteSettings",
    "StandardPage",
]
