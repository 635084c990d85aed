"""Search that forgives: the words as typed, then folded (ø→o, å→a, æ→ae), then as prefixes.

On PostgreSQL the backend stems Norwegian (SEARCH_CONFIG "norwegian"); on SQLite the folded
and prefix passes still find «lorenskog», «arsrapport» and «energi».
"""

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from osloregionen.core import norwegian
from osloregionen.core.pagination import paginate

from .forms import SearchForm

RESULTS_PER_PAGE = 10
# A site of a few hundred pages: re-ranking this many costs one query and nothing is lost.
MAX_RESULTS = 500


def searchable_pages(form):
    pages = (
        # Wagtail's public(), not core.visibility.public_only: the search backend takes plain
        # field lookups only (path__startswith), not an Exists subquery.
        Page.objects.live()
        .public()
        .filter(locale=Locale.get_active())
        .exclude(depth=1)
        .select_related("content_type")
    )
    if form.page_type is not None:
        pages = pages.type(form.page_type)
    return pages


def forgiving_search(pages, query: str):
    """The first pass that finds something: as typed, folded, then prefixes of the words."""
    results = pages.search(query)
    if results.count():
        return results
    folded = norwegian.fold(query)
    if folded != query:
        results = pages.search(folded)
        if results.count():
            return results
    return pages.autocomplete(folded)


def titles_first(results, query: str) -> list:
    """The backend's ranking, with pages whose title holds every word of the query first: a
    visitor typing «oslofjorden» wants «Oppdrag Oslofjorden» before a page that mentions it."""
    words = norwegian.fold(query).split()

    def title_misses(page) -> bool:
        title = norwegian.fold(page.title)
        return not all(word in title for word in words)

    return sorted(results[:MAX_RESULTS], key=title_misses)


def with_specific(page_obj):
    """The results on this page as their specific types (type, date and summary in the list),
    one query per page type shown."""
    pages = list(page_obj.object_list)
    specific = {
        page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()
    }
    page_obj.object_list = [specific.get(page.pk, page) for page in pages]
    return page_obj


def search(request):
    form = SearchForm(request.GET)
    query = form.query
    results = None
    if query:
        results = with_specific(
            paginate(
                request,
                titles_first(forgiving_search(searchable_pages(form), query), query),
                RESULTS_PER_PAGE,
            )
        )
    return TemplateResponse(
        request,
        "pages/search/search.html",
        {"form": form, "search_query": query, "results": results, "page_title": _("Søk")},
    )
