from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from osloregionen.core.models import NavigationSettings
from osloregionen.core.video import embed_url

register = template.Library()


def _menu_links(request, items) -> list[dict]:
    """Menu links in the visitor's language: one query for the translations, none per item."""
    items = list(items)
    pages = [item.page for item in items]
    active = Locale.get_active()
    translated = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            locale=active, translation_key__in=[page.translation_key for page in pages]
        )
    }
    links = []
    for item, page in zip(items, pages, strict=True):
        shown = translated.get(page.translation_key)
        if shown is None:
            continue
        links.append(
            {
                "title": item.label
                if shown.locale_id == page.locale_id and item.label
                else shown.title,
                "url": shown.get_url(request),
                "path": shown.url_path,
            }
        )
    return links


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    nav = NavigationSettings.for_request(request)
    items = nav.main_menu_items.select_related("page")
    current = getattr(context.get("page"), "url_path", "")
    links = _menu_links(request, items)
    for link in links:
        link["active"] = bool(current) and current.startswith(link["path"])
    return {"links": links, "request": request}


@register.inclusion_tag("components/footer_menu.html", takes_context=True)
def footer_menu(context):
    request = context["request"]
    nav = NavigationSettings.for_request(request)
    return {"links": _menu_links(request, nav.footer_menu_items.select_related("page"))}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": []}
    ancestors = page.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path")
    request = context["request"]
    return {
        "ancestors": [{"title": a.title, "url": a.get_url(request)} for a in ancestors],
        "current": page.title,
    }


@register.inclusion_tag("components/alternates.html", takes_context=True)
def alternates(context):
    """<link rel="alternate" hreflang> for each translation of the current page."""
    page = context.get("page")
    request = context["request"]
    if page is None or not getattr(page, "pk", None):
        return {"alternates": []}
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    result = [
        {"lang": t.locale.language_code, "url": request.build_absolute_uri(t.get_url(request))}
        for t in translations
    ]
    return {"alternates": result if len(result) > 1 else []}


@register.simple_tag(takes_context=True)
def canonical_url(context):
    request = context["request"]
    page = context.get("page")
    if page is not None and getattr(page, "pk", None):
        return request.build_absolute_uri(page.get_url(request))
    return request.build_absolute_uri(request.path)


@register.simple_tag
def current_language():
    return get_language() or "nb"


@register.simple_tag(takes_context=True)
def site_root_url(context):
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return "/"
    root = site.root_page.localized
    return root.get_url(request) or "/"


@register.filter
def file_label(document) -> str:
    """«PDF, 1,2 MB»: the file type and size that a document link must tell."""
    extension = document.file_extension.upper() or "FIL"
    try:
        size = document.get_file_size()
    except OSError:
        size = None
    return f"{extension}, {filesizeformat(size)}" if size else extension


@register.simple_tag(takes_context=True)
def json_ld(context):
    page = context.get("page")
    if page is None or not hasattr(page, "json_ld_script"):
        return ""
    return page.json_ld_script(context["request"])


@register.simple_tag(takes_context=True)
def meta_description(context):
    page = context.get("page")
    if page is not None and getattr(page, "search_description", ""):
        return page.search_description
    return context.get("meta_description", "")


@register.filter
def video_embed_url(url: str) -> str:
    return embed_url(url) or ""
