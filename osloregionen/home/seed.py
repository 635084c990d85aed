"""Seed the site's frame: the home pages (nb and en), the default site, site settings and menus."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from osloregionen.core.models import FooterMenuItem, MainMenuItem, SiteSettings
from osloregionen.core.seeding import Loader, once, seed_data

from .models import HomePage


def seed_home() -> HomePage:
    """The Norwegian home page as the default site's root (its English translation comes with
    the other English pages, from ``seed_data/en.po``)."""
    nb, _ = Locale.objects.get_or_create(language_code="nb")
    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=nb).first()
    if home is None:
        home = HomePage(locale=nb, slug="hjem", **seed_data("home", "site.json")["home"])
        root.add_child(instance=home)
        home.save_revision().publish()
    _point_default_site_at(home)
    _remove_wagtail_welcome_page(root, home)
    return home


def _point_default_site_at(home: HomePage) -> None:
    """The default site serves the home page, under the host name of WAGTAILADMIN_BASE_URL."""
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    if site.root_page_id == home.pk:
        return
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = address.hostname or "localhost"
    site.port = address.port or (443 if address.scheme == "https" else 80)
    site.site_name = "Osloregionen"
    site.root_page = home
    site.save()


def _remove_wagtail_welcome_page(root: Page, home: HomePage) -> None:
    root.get_children().exact_type(Page).exclude(pk=home.pk).filter(slug="home").delete()


def seed_pages(home: HomePage) -> None:
    """The general pages and the contact page (``pages`` and ``contact`` in ``site.json``)."""
    if not once("home"):
        return
    facts = seed_data("home", "site.json")
    loader = Loader(home)
    for fields in facts["pages"]:
        loader.add_page({"type": "core.StandardPage", "parent": "/", "fields": fields})
    loader.add_page({"type": "core.ContactPage", "parent": "/", "fields": facts["contact"]})
    for form in facts["forms"]:
        loader.add_page({"type": "core.FormPage", "parent": "/", **form})


def seed_links(home: HomePage) -> None:
    """Site settings, menus and the home page's body: what links into every app's pages.

    Run once, after every app has seeded its pages.
    """
    if not once("home-links"):
        return
    facts = seed_data("home", "site.json")
    # Read again: the caller's instance was loaded before its child pages were added.
    home = HomePage.objects.get(pk=home.pk)
    nav = SiteSettings.for_site(Site.objects.get(root_page=home))
    nav.organisation_name = facts["organisation"]["short_name"]
    nav.street_address = facts["organisation"]["street_address"]
    nav.save()
    for slugs, model in (
        (facts["main_menu"], MainMenuItem),
        (facts["footer_menu"], FooterMenuItem),
    ):
        pages = {page.slug: page for page in home.get_children().filter(slug__in=slugs)}
        for order, slug in enumerate(slugs):
            if slug in pages:
                model.objects.get_or_create(setting=nav, page=pages[slug], sort_order=order)
    home.body = Loader(home).stream(facts["home_body"])
    home.save_revision().publish()
