"""The language switch: the current page in the other language, or, when it has no translation,
the page that says so in that language (``not_translated``), never a 404."""

from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from .page_frame import page_relatives
from .visibility import public_only

LANGUAGE_NAMES = {"nb": "Norsk", "en": "English"}


def other_language() -> str:
    return "nb" if (get_language() or "nb").startswith("en") else "en"


def counterpart_url(request, page) -> str:
    """The URL of ``page`` (or of the view) in the other language."""
    target = other_language()
    if page is None or not getattr(page, "pk", None):
        return translate_url(request.path, target)
    for translated in page_relatives(request, page).translations:
        if translated.locale.language_code == target:
            return translated.get_url(request)
    with translation.override(target):
        return reverse("not_translated", args=[page.pk])


def not_translated(request, page_id: int):
    """«This page is not available in English»: the page in its own language, and the nearest
    page above it that has a translation. A translation published since then is redirected to."""
    page = public_only(Page.objects.live().filter(pk=page_id)).select_related("locale").first()
    if page is None:
        raise Http404
    active = Locale.get_active()
    if page.locale_id == active.pk:
        return HttpResponseRedirect(page.get_url(request))
    translated = page.get_translations().live().filter(locale=active).first()
    if translated is not None:
        return HttpResponseRedirect(translated.get_url(request))
    ancestors = page.get_ancestors().filter(depth__gt=1).values_list("translation_key", flat=True)
    nearest = (
        Page.objects.live()
        .filter(translation_key__in=list(ancestors), locale=active)
        .order_by("-depth")
        .first()
    )
    language = page.locale.language_code
    heading = (
        _("Denne siden finnes bare på norsk")
        if language == "nb"
        else _("Denne siden finnes bare på engelsk")
    )
    return TemplateResponse(
        request,
        "pages/core/not_translated.html",
        {"original": page, "original_language": language, "nearest": nearest, "heading": heading},
    )
