"""The catalogue (``/data/``) and the files (``/data/<slug>.csv``, ``/data/<slug>.json``).

Plain GET views: the query string is never read, so any query is ignored; an unknown dataset
or format, or a language without open data, is a 404. The responses get the site's public
cache headers (``osloregionen.serving.middleware.CacheHeadersMiddleware``): every content change
bans the front cache, so the files are fresh after each publication. ``Last-Modified`` is the
latest publication among the rows, so ``ConditionalGetMiddleware`` answers 304 to a client
that has them already.
"""

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import http_date
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from osloregionen.core import json_ld
from osloregionen.core.site_address import site_url

from . import catalogue, formats, structured_data
from .dataset import LANGUAGES, LICENCE_URL, licence_url
from .registry import DATASETS, FORMATS, get


def _locale():
    """The locale of the active language, if it has open data (else 404)."""
    if get_language() not in LANGUAGES:
        raise Http404
    return Locale.get_active()


def catalogue_description() -> str:
    return _(
        "Oversikter fra nettstedet som åpne data i CSV og JSON: medlemskommunene, organene og "
        "medlemmene deres, arrangementene, publikasjonene og tallene fra årsrapportene. Fritt "
        "til bruk under Norsk lisens for offentlige data (NLOD) 2.0."
    )


@require_safe
def data_catalogue(request):
    locale = _locale()
    entries = [catalogue.entry(request, dataset, locale, with_page=True) for dataset in DATASETS]
    url = site_url(request, request.path)
    description = catalogue_description()
    return TemplateResponse(
        request,
        "pages/opendata/catalogue.html",
        {
            "entries": entries,
            "page_title": _("Åpne data"),
            "meta_description": description,
            "licence_url": licence_url(),
            "openapi_url": reverse("openapi"),
            "json_ld": json_ld.script(
                structured_data.data_catalogue(request, entries, url, description)
            ),
        },
    )


@require_safe
def data_file(request, slug: str, fmt: str):
    dataset = get(slug)
    if dataset is None or fmt not in FORMATS:
        raise Http404
    locale = _locale()
    rows = dataset.rows(request, locale)
    found = catalogue.entry(request, dataset, locale, with_page=fmt == "json")
    filename = f"osloregionen-{dataset.slug}.{fmt}"
    if fmt == "csv":
        response = HttpResponse(
            formats.to_csv(dataset, rows), content_type="text/csv; charset=utf-8; header=present"
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    else:
        metadata = catalogue.metadata(request, found, len(rows))
        response = HttpResponse(
            formats.to_json(metadata, dataset, rows), content_type="application/json"
        )
        response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Content-Language"] = found.language
    response["Link"] = f'<{LICENCE_URL}>; rel="license", <{found.catalogue_url}>; rel="describedby"'
    if found.modified:
        response["Last-Modified"] = http_date(found.modified.timestamp())
    return response
