"""A read-only JSON API (Wagtail API v2) for member municipalities and partners.

Only live, public pages, images and documents are exposed: /api/v2/pages/, /api/v2/images/,
/api/v2/documents/, described by /api/v2/openapi.json. Every page type declares typed
``api_fields`` (``osloregionen.core.api_fields``). Query parameters are checked before Wagtail
reads them, so bad input gets a 400 with a JSON ``message`` instead of a database error.
"""

import re

from django.db.models import Q
from django.http import Http404
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction, Site

from .api_fields import Field

MAX_ID = 2**31 - 1
# Deep offsets are a scan of the whole table: no client needs more than this.
MAX_OFFSET = 100_000
MAX_TEXT = 500
DIGITS = re.compile(r"[0-9]{1,10}\Z")
ID_PARAMETERS = ("id", "child_of", "ancestor_of", "descendant_of", "translation_of")


def _number(name: str, value: str, maximum: int) -> int:
    if not DIGITS.match(value) or int(value) > maximum:
        raise BadRequestError(f"{name} must be a whole number from 0 to {maximum}")
    return int(value)


def validate_parameters(request, kwargs) -> None:
    """The checks Wagtail leaves to the database: huge or non-ASCII numbers, an unknown site,
    over-long text. NUL bytes and invalid UTF-8 never get this far: ``InputGuardMiddleware``
    answers them with the same JSON 400."""
    for key, values in request.GET.lists():
        for value in values:
            if len(value) > MAX_TEXT:
                raise BadRequestError(f"{key} is longer than {MAX_TEXT} characters")
    params = request.GET
    if "offset" in params:
        _number("offset", params["offset"], MAX_OFFSET)
    if "limit" in params:
        _number("limit", params["limit"], MAX_ID)
    for name in ID_PARAMETERS:
        value = params.get(name)
        if value is not None and not (name == "child_of" and value == "root"):
            _number(name, value, MAX_ID)
    if "site" in params:
        hostname, _, port = params["site"].partition(":")
        query = {"hostname": hostname}
        if port:
            query["port"] = _number("site port", port, 65535)
        if not Site.objects.filter(**query).exists():
            raise BadRequestError("site not found")
    if int(kwargs.get("pk", 0)) > MAX_ID:
        raise Http404("not found")


class ValidatedParametersMixin:
    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        validate_parameters(request, kwargs)


def api_fields_of(model) -> list[Field]:
    return [field for field in getattr(model, "api_fields", ()) if isinstance(field, Field)]


def with_joins(queryset):
    """The joins the model's typed fields ask for, so a listing costs the same number of
    queries for 5 or 100 items."""
    fields = api_fields_of(queryset.model)
    selects = [name for field in fields for name in field.select]
    prefetches, seen = [], set()
    for field in fields:
        for item in field.prefetches():
            key = getattr(item, "prefetch_to", item)
            if key not in seen:
                seen.add(key)
                prefetches.append(item)
    if selects:
        queryset = queryset.select_related(*selects)
    return queryset.prefetch_related(*prefetches) if prefetches else queryset


class PublicPagesAPIViewSet(ValidatedParametersMixin, PagesAPIViewSet):
    def get_queryset(self):
        # Each item's meta names its locale: join it instead of a query per item.
        return with_joins(super().get_queryset().select_related("locale"))

    def get_object(self):
        page = super().get_object()
        return with_joins(type(page).objects.filter(pk=page.pk)).get()


class PublicImagesAPIViewSet(ValidatedParametersMixin, ImagesAPIViewSet):
    pass


class PublicDocumentsAPIViewSet(ValidatedParametersMixin, DocumentsAPIViewSet):
    def get_queryset(self):
        """Documents in a collection with a view restriction (or under one) are left out."""
        restricted = Q()
        for restriction in CollectionViewRestriction.objects.select_related("collection"):
            if not restriction.accept_request(self.request):
                restricted |= Q(collection__path__startswith=restriction.collection.path)
        queryset = super().get_queryset()
        return queryset.exclude(restricted) if restricted else queryset


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
