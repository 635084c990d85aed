"""Search that forgives: the words as typed, then folded (ø→o, å→a, æ→ae), then as prefixes.

On PostgreSQL the backend stems Norwegian (SEARCH_CONFIG "norwegian") and a last pass forgives
typos (fuzzy search); on SQLite the folded and prefix passes still find «lorenskog»,
«arsrapport» and «energi».
"""

from django.db import DatabaseError, connection, transaction
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail.search.query import Fuzzy

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
    results = pages.autocomplete(folded)
    if results.count() or connection.vendor != "postgresql":
        return results
    return typo_tolerant(pages, folded) or results


def typo_tolerant(pages, query: str) -> list:
    """PostgreSQL only: Wagtail's fuzzy search (trigram similarity, accents ignored), which
    needs ``manage.py enable_trigram`` once (pg_trgm, unaccent). Without it: no typo pass."""
    try:
        # A savepoint: a missing extension must not break the request's transaction.
        with transaction.atomic():
            return list(pages.search(Fuzzy(query, unaccent=True))[:MAX_RESULTS])
    except DatabaseError:
        return []


def titles_first(results, query: str) -> list:
    """The backend's ranking, with pages whose title holds every word of the query first, and
    among those titles that begin with it: «oslofjorden» finds «Oppdrag Oslofjorden» before a
    page that mentions it, «energistasjon» the project «Energistasjoner …» first."""
    words = norwegian.fold(query).split()

    def title_rank(page) -> tuple[bool, bool]:
        title = norwegian.fold(page.title)
        return not all(word in title for word in words), not title.startswith(words[0])

    return sorted(results[:MAX_RESULTS], key=title_rank)


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
