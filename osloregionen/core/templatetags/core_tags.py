from django import template
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import get_language

from osloregionen.core import norwegian
from osloregionen.core.navigation import menu_links
from osloregionen.core.page_frame import page_relatives
from osloregionen.core.site_address import site_url
from osloregionen.core.video import embed_url

register = template.Library()


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    current = getattr(context.get("page"), "url_path", "")
    links = [
        {**link, "active": bool(current) and current.startswith(link["path"])}
        for link in menu_links(request, "main")
    ]
    return {"links": links, "request": request}


@register.inclusion_tag("components/footer_menu.html", takes_context=True)
def footer_menu(context):
    return {"links": menu_links(context["request"], "footer")}


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
        {"lang": t.locale.language_code, "url": site_url(request, t.get_url(request))}
        for t in translations
    ]
    return {"alternates": result if len(result) > 1 else []}


@register.simple_tag(takes_context=True)
def canonical_url(context):
    request = context["request"]
    page = context.get("page")
    if page is not None and getattr(page, "pk", None):
        return site_url(request, page.get_url(request))
    return site_url(request, request.path)


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
