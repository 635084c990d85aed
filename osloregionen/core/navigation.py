"""The editor-managed menus (site settings, tab «Menyer»).

Templates render them inside ``{% wagtailcache %}`` (preview-aware) with the key from
``menu_cache_key``. That key holds a version kept in the shared cache: any publish, unpublish,
move or deletion of a page, or a save of the site settings, moves it on, so every app server
renders the menus afresh on its next request.
"""

import time

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .site_settings import SiteSettings

MENUS = {"main": "main_menu_items", "footer": "footer_menu_items"}
VERSION_KEY = "osloregionen:menus:version"
# A section is a page one level below a home page (url_path «/hjem/medlemmer/»): the main
# menu marks the section the page is in.
SECTION_DEPTH = 3


def menu_links(request, menu: str) -> list[dict]:
    """The links of ``menu`` ("main" or "footer") in the active language, live pages only:
    each item's page or its translation."""
    items = list(getattr(SiteSettings.for_request(request), MENUS[menu]).select_related("page"))
    pages = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=[item.page.translation_key for item in items],
            locale=Locale.get_active(),
        )
    }
    links = []
    for item in items:
        page = pages.get(item.page.translation_key)
        if page is None:
            continue
        use_label = item.label and page.pk == item.page_id
        links.append(
            {
                "title": item.label if use_label else page.title,
                "url": page.get_url(request),
                "path": page.url_path,
            }
        )
    return links


def section_path(page) -> str:
    """The url_path of the section ``page`` is in (empty for a home page or no page)."""
    url_path = getattr(page, "url_path", "") or ""
    parts = url_path.split("/")
    return "/".join(parts[:SECTION_DEPTH]) + "/" if len(parts) > SECTION_DEPTH else ""


def menu_cache_key(request, page=None) -> str:
    """What a menu fragment varies on: site, language, the menus' version and the section."""
    site = Site.find_for_request(request)
    version = cache.get_or_set(VERSION_KEY, lambda: str(time.time_ns()), None)
    return f"{site.pk if site else 0}:{get_language()}:{version}:{section_path(page)}"


def invalidate_menus(**kwargs) -> None:
    cache.set(VERSION_KEY, str(time.time_ns()), None)


def connect_signals() -> None:
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate_menus, dispatch_uid=f"menus-{id(signal)}")
    post_delete.connect(invalidate_menus, sender=Page, dispatch_uid="menus-page-delete")
    post_save.connect(invalidate_menus, sender=SiteSettings, dispatch_uid="menus-settings")
