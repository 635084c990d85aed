"""A read-only JSON API (Wagtail API v2) for member municipalities and partners.

Only live, public pages, images and documents are exposed: /api/v2/pages/, /api/v2/images/, /api/v2/documents/.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Site

_NUMBER_PARAMETERS = {"offset": 9, "limit": 9, "id": 18}


class CheckedParametersMixin:
    """Numbers and the site in the query string checked before Wagtail reads them: a 400 with a
    JSON message instead of a 500 for ``?offset=1e30``, ``find/?id=abc`` or an unknown ``?site=``.
    """

    def get_queryset(self):
        query = self.request.GET
        for name, max_digits in _NUMBER_PARAMETERS.items():
            value = query.get(name)
            if value is not None and not (value.isascii() and value.isdigit()):
                raise BadRequestError(f"{name} must be a positive integer")
            if value is not None and len(value) > max_digits:
                raise BadRequestError(f"{name} is too large")
        if "site" in query:
            hostname = query["site"].split(":", 1)[0]
            if not Site.objects.filter(hostname=hostname).exists():
                raise BadRequestError("unknown site")
        return super().get_queryset()


class PublicPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    def get_queryset(self):
        # Each item's meta names its locale: join it instead of a query per item.
        return super().get_queryset().select_related("locale")


class PublicImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    pass


class PublicDocumentsAPIViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
