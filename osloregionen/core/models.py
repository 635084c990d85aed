from .contact import ContactMessage
from .form_page import FormField, FormPage
from .pages import BasePage, ContactPage, StandardPage
from .site_settings import FooterMenuItem, MainMenuItem, SiteSettings

__all__ = [
    "BasePage",
    "ContactMessage",
    "ContactPage",
    "FooterMenuItem",
    "FormField",
    "FormPage",
    "MainMenuItem",
    "SiteSettings",
    "StandardPage",
]
