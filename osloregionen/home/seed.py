"""Seed the site's frame: home pages (nb and en), general pages, site settings and menus."""

from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from osloregionen.core.models import (
    ContactPage,
    FooterMenuItem,
    MainMenuItem,
    SiteSettings,
    StandardPage,
)
from osloregionen.core.seeding import key_figures, load_facts, upsert_page

from .models import HomePage

FACTS = load_facts(Path(__file__).parent, "site.json")


def seed_home() -> HomePage:
    """The Norwegian home page as the default site's root, and its English translation."""
    nb, _ = Locale.objects.get_or_create(language_code="nb")
    en, _ = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=nb).first()
    if home is None:
        facts = FACTS["home"]
        home = HomePage(
            title=facts["title"],
            slug="hjem",
            intro=facts["intro"],
            search_description=facts["search_description"],
            locale=nb,
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    _point_default_site_at(home)
    _remove_wagtail_welcome_page(root, home)
    if not home.has_translation(en):
        _translate_home(home, en)
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


def _translate_home(home: HomePage, en: Locale) -> None:
    facts = FACTS["home_en"]
    english = home.copy_for_translation(en)
    english.title = facts["title"]
    english.intro = facts["intro"]
    english.search_description = facts["search_description"]
    english.body = facts["body"]
    english.save_revision().publish()


def seed_pages(home: HomePage) -> None:
    for facts in FACTS["pages"]:
        upsert_page(home, StandardPage, **facts)
    upsert_page(home, ContactPage, **FACTS["contact"])
    _seed_site_settings(home)


def _seed_site_settings(home: HomePage) -> None:
    site = Site.objects.get(root_page=home)
    settings = SiteSettings.for_site(site)
    if not settings.street_address:
        organisation = FACTS["organisation"]
        settings.organisation_name = organisation["short_name"]
        settings.street_address = organisation["street_address"]
        settings.save()


def seed_links(home: HomePage) -> None:
    """What links into every app's pages: the menus and the home page's ways in.

    Run after every app has seeded its pages.
    """
    _seed_menus(home)
    _seed_home_body(home)


def _seed_home_body(home: HomePage) -> None:
    if home.body:
        return
    facts = FACTS["home_body"]
    figures = facts["key_figures"]
    links = [
        {"page": page.pk, "url": "", "text": text}
        for url_path, text in facts["links"]["pages"]
        if (page := Page.objects.filter(url_path=f"{home.url_path}{url_path}/").first())
    ]
    body = [key_figures([tuple(f) for f in figures["figures"]], title=figures["heading"])]
    if links:
        body.append(
            {"type": "links", "value": {"heading": facts["links"]["heading"], "links": links}}
        )
    home.body = body
    home.save_revision().publish()


def _seed_menus(home: HomePage) -> None:
    """Add each top-level page named in the facts to its menu, once."""
    nav = SiteSettings.for_site(Site.objects.get(root_page=home))
    for slugs, items, model in (
        (FACTS["main_menu"], nav.main_menu_items, MainMenuItem),
        (FACTS["footer_menu"], nav.footer_menu_items, FooterMenuItem),
    ):
        present = set(items.values_list("page__slug", flat=True))
        pages = {page.slug: page for page in home.get_children().filter(slug__in=slugs)}
        for order, slug in enumerate(slugs):
            if slug in pages and slug not in present:
                model.objects.create(setting=nav, page=pages[slug], sort_order=order)
