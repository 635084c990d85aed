from django import template
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from osloregionen.core import norwegian
from osloregionen.core.content_version import content_key
from osloregionen.core.dates import date_text
from osloregionen.core.language_switch import LANGUAGE_NAMES, counterpart_url, other_language
from osloregionen.core.navigation import menu_cache_key, menu_links, section_path
from osloregionen.core.page_frame import page_relatives
from osloregionen.core.share_image import path as share_image_path
from osloregionen.core.site_address import site_url
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
    """The footer links in the active language. A section whose translations do not cover
    every footer page (the English one) also links the Norwegian pages, marked as Norwegian:
    the contact form, the privacy and the accessibility statement must be reachable from it."""
    request = context["request"]
    links = menu_links(request, "footer")
    norwegian_links = []
    if (get_language() or "nb") != "nb":
        with translation.override("nb"):
            norwegian = menu_links(request, "footer")
        if len(norwegian) > len(links):
            norwegian_links = norwegian
    return {"links": links, "norwegian_links": norwegian_links}


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
    crumbs = [
        {"title": a.title, "url": a.get_url(request)}
        for a in page_relatives(request, page).ancestors
    ]
    current = page.title
    # A sub-route of a routable page (/arrangementer/tidligere/) names itself; the page it
    # belongs to is then a link like any ancestor, not the current page.
    if context.get("breadcrumb_current"):
        crumbs.append({"title": page.title, "url": page.get_url(request)})
        current = context["breadcrumb_current"]
    return {"ancestors": crumbs, "current": current}


@register.inclusion_tag("components/language_switch.html", takes_context=True)
def language_switch(context):
    """The current page in the other language, or the page that says it has no translation."""
    language = other_language()
    return {
        "url": counterpart_url(context["request"], context.get("page")),
        "language": language,
        "label": LANGUAGE_NAMES[language],
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
    """«PDF, 12 sider, 1,2 MB»: the file type, length and size that a document link must tell,
    and «in Norwegian» on an English page."""
    parts = [document.file_extension.upper() or "FIL"]
    if getattr(document, "page_count", None):
        parts.append(
            ngettext("%(count)d side", "%(count)d sider", document.page_count)
            % {"count": document.page_count}
        )
    try:
        size = document.get_file_size()
    except OSError:
        size = None
    if size:
        parts.append(filesizeformat(size))
    if getattr(document, "title_lang", ""):
        parts.append(_("på norsk"))
    return ", ".join(parts)


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


@register.simple_tag(takes_context=True)
def share_image_url(context):
    """The absolute URL of the generated og:image: the page's own, or for a view that is no
    page (search, 404) the home page's."""
    request = context["request"]
    page = context.get("page")
    if page is None or not getattr(page, "pk", None):
        site = getattr(request, "_wagtail_site", None) or Site.find_for_request(request)
        page = site.root_page if site else None
    if page is None:
        return ""
    return site_url(request, share_image_path(page))


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    """``path`` on the site's configured address (an image rendition's URL for og:image)."""
    return site_url(context["request"], path)


# Query parameters that a page's title already tells (the search text in the search page's own
# title, the year in «Tidligere arrangementer 2024») or that change nothing a visitor sees.
TITLE_STATE_IGNORED = {"page", "q", "ar", "utm_source", "utm_medium", "utm_campaign"}


@register.simple_tag(takes_context=True)
def title_state(context):
    """« – filtrert – Side 2»: what a filtered or paged list shows, so the <title> (the first
    thing a screen reader says, and the browser history) tells one state from another."""
    request = context.get("request")
    if request is None:
        return ""
    parts = []
    if any(
        value.strip()
        for key, values in request.GET.lists()
        if key not in TITLE_STATE_IGNORED
        for value in values
    ):
        parts.append(_("filtrert"))
    number = request.GET.get("page", "").strip()
    if number.isascii() and number.isdigit() and len(number) < 10 and int(number) > 1:
        parts.append(_("Side %(number)s") % {"number": int(number)})
    return "".join(f" – {part}" for part in parts)


@register.simple_tag(takes_context=True)
def contact_page_url(context) -> str:
    """The contact page in the active language, else the Norwegian one; empty when there is none."""
    page = _page_of_type("core.ContactPage")
    return page.get_url(context.get("request")) if page else ""


@register.simple_tag(takes_context=True)
def innsyn_page_url(context) -> str:
    """The page on how to request access to documents, in the active language if it has one."""
    page = _page_of_type("governance.InnsynPage")
    return page.get_url(context.get("request")) if page else ""


def _page_of_type(label: str):
    app_label, model_name = label.split(".")
    pages = (
        Page.objects.live()
        .public()
        .filter(content_type__app_label=app_label, content_type__model=model_name.lower())
    )
    return pages.filter(locale=Locale.get_active()).first() or pages.first()


@register.filter
def lang_attribute(item) -> str:
    """` lang="en"` on an element that shows a page's title in another language than the page
    around it (a page's «Språket i tittelen»), else nothing."""
    language = getattr(item, "title_lang", "")
    return format_html(' lang="{}"', language) if language else ""


@register.simple_tag
def content_cache_key() -> str:
    """For ``{% wagtailpagecache %}`` around a fragment that reads other pages than its own
    (``osloregionen.core.content_version``)."""
    return content_key()
