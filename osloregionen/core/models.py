from .contact import ContactMessage
from .pages import BasePage, ContactPage, StandardPage
from .site_settings import FooterMenuItem, MainMenuItem, SiteSettings

__all__ = [
    "BasePage",
    "ContactMessage",
    "ContactPage",
    "FooterMenuItem",
    "MainMenuItem",
    "SiteSettings",
    "StandardPage",
]
