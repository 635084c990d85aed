from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from osloregionen.core.pagination import paginate

from .forms import SearchForm

RESULTS_PER_PAGE = 10


def search(request):
    form = SearchForm(request.GET)
    query = form.query
    results = None
    if query:
        pages = (
            # Wagtail's public(), not core.visibility.public_only: the search backend takes plain
            # field lookups only (path__startswith), not an Exists subquery.
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .exclude(depth=1)
            .select_related("content_type")
        )
        if form.content_type is not None:
            pages = pages.filter(content_type=form.content_type)
        results = paginate(request, pages.search(query), RESULTS_PER_PAGE)
    return TemplateResponse(
        request,
        "pages/search/search.html",
        {"form": form, "search_query": query, "results": results, "page_title": _("Søk")},
    )
