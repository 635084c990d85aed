"""The current page's ancestors (breadcrumbs) and translations (hreflang), in one query."""

from dataclasses import dataclass

from django.db.models import Q
from wagtail.models import Page


@dataclass
class PageRelatives:
    ancestors: list[Page]
    translations: list[Page]


def page_relatives(request, page: Page) -> PageRelatives:
    cache = getattr(request, "_osloregionen_relatives", None)
    if cache is None or cache[0] != page.pk:
        cache = request._osloregionen_relatives = (page.pk, _load(page))
    return cache[1]


def _load(page: Page) -> PageRelatives:
    step = page.steplen
    # Ancestors below the tree root, found from the page's own path: no query to know them.
    ancestor_paths = [page.path[:end] for end in range(2 * step, len(page.path), step)]
    pages = (
        Page.objects.filter(
            Q(path__in=ancestor_paths) | Q(translation_key=page.translation_key, live=True)
        )
        .select_related("locale")
        .only("title", "url_path", "path", "depth", "translation_key", "live", "locale")
        .order_by("path")
    )
    ancestors, translations = [], []
    for relative in pages:
        if relative.path in ancestor_paths:
            ancestors.append(relative)
        else:
            translations.append(relative)
    return PageRelatives(ancestors, translations)
