"""The editor-managed menus.

Rendering a menu must not cost a query per item, nor several per page view. So the links are
worked out when the menus or their pages change, for every language, and stored on the
``SiteSettings`` row: a page view reads that one row.
"""

from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from wagtail.models import Locale, Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .site_settings import FooterMenuItem, MainMenuItem, SiteSettings

MENUS = {"main": "main_menu_items", "footer": "footer_menu_items"}


def menu_links(request, menu: str) -> list[dict]:
    """The links of ``menu`` ("main" or "footer") in the active language."""
    nav = SiteSettings.for_request(request)
    menus = nav.menus or build_menus(nav)
    return menus.get(get_language() or "nb", {}).get(menu, [])


def build_menus(nav: SiteSettings) -> dict:
    """{language: {menu: [{"title", "url", "path"}]}} for every locale, from live pages only."""
    items = {
        menu: list(getattr(nav, relation).select_related("page"))
        for menu, relation in MENUS.items()
    }
    keys = {item.page.translation_key for menu_items in items.values() for item in menu_items}
    pages = Page.objects.live().filter(translation_key__in=keys).select_related("locale")
    by_language = {}
    for page in pages:
        by_language.setdefault(page.locale.language_code, {})[page.translation_key] = page
    return {
        locale.language_code: {
            menu: _links(menu_items, by_language.get(locale.language_code, {}))
            for menu, menu_items in items.items()
        }
        for locale in Locale.objects.all()
    }


def _links(items, pages_by_key) -> list[dict]:
    links = []
    for item in items:
        page = pages_by_key.get(item.page.translation_key)
        if page is None:
            continue
        use_label = item.label and page.pk == item.page_id
        _site_id, _root_url, path = page.get_url_parts()
        links.append(
            {"title": item.label if use_label else page.title, "url": path, "path": page.url_path}
        )
    return links


def refresh_menus() -> None:
    for nav in SiteSettings.objects.all():
        SiteSettings.objects.filter(pk=nav.pk).update(menus=build_menus(nav))


def _menu_item_changed(sender, instance, **kwargs):
    refresh_menus()


def _page_changed(sender, instance, **kwargs):
    in_a_menu = (
        MainMenuItem.objects.filter(page__translation_key=instance.translation_key).exists()
        or FooterMenuItem.objects.filter(page__translation_key=instance.translation_key).exists()
    )
    if in_a_menu:
        refresh_menus()


def connect_signals() -> None:
    for model in (MainMenuItem, FooterMenuItem):
        post_save.connect(_menu_item_changed, sender=model, dispatch_uid=f"menus-save-{model}")
        post_delete.connect(_menu_item_changed, sender=model, dispatch_uid=f"menus-del-{model}")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_page_changed, dispatch_uid=f"menus-{id(signal)}")
