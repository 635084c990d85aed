"""The editor-managed menus (site settings, tab «Menyer»).

Templates render them inside ``{% wagtailcache %}`` (preview-aware) with the key from
``menu_cache_key``, which holds the content's version (``content_version``): any change to
what the site shows moves it on, so every app server renders the menus afresh.
"""

from wagtail.models import Locale, Page, Site

from .content_version import content_key
from .site_settings import SiteSettings

MENUS = {"main": "main_menu_items", "footer": "footer_menu_items"}
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
    """What a menu fragment varies on: site, language, the content's version and the section."""
    site = Site.find_for_request(request)
    return f"{site.pk if site else 0}:{content_key()}:{section_path(page)}"
