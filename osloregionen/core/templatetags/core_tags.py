from django import template
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import get_language

from osloregionen.core import norwegian
from osloregionen.core.dates import date_text
from osloregionen.core.navigation import menu_cache_key, menu_links, section_path
from osloregionen.core.page_frame import page_relatives
from osloregionen.core.video import embed_url

register = template.Library()


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    section = section_path(context.get("page"))
    links = [
        {**link, "active": bool(section) and section.startswith(link["path"])}
        for link in menu_links(request, "main")
    ]
    return {"links": links, "request": request}


@register.inclusion_tag("components/footer_menu.html", takes_context=True)
def footer_menu(context):
    return {"links": menu_links(context["request"], "footer")}


@register.simple_tag(takes_context=True)
def menu_fragment_key(context, menu):
    """For ``{% wagtailcache %}`` around a menu: see ``osloregionen.core.navigation``. Only the
    main menu marks the page's section, so only its fragment varies on it."""
    page = context.get("page") if menu == "main" else None
    return menu_cache_key(context["request"], page)


@register.filter
def date_as_known(value, precision):
    """«18. mars 2024», «mars 2024» or «2024», as precisely as the date is known."""
    return date_text(value, precision) if value else ""


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or not getattr(page, "pk", None) or page.depth <= 2:
        return {"ancestors": []}
    request = context["request"]
    ancestors = page_relatives(request, page).ancestors
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
    translations = page_relatives(request, page).translations
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


@register.simple_tag
def home_url():
    """The home page in the active language ("/" or "/en/"), without a query."""
    return reverse("wagtail_serve", args=[""])


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


@register.filter
def anchor(text: str) -> str:
    """An id for a heading that keeps æ, ø and å readable (ae, o, a)."""
    return norwegian.slug(text)
