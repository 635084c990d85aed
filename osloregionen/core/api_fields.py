"""Typed API fields: each ``api_fields`` entry carries its JSON Schema, so the OpenAPI
document (``osloregionen.core.openapi``) is generated from the same list that serialises.

Page types declare ``api_fields`` from their app's ``api.py``; the models import those lists,
never the other way round. Related pages are written as small references, and only when a
visitor could open them (live and without a view restriction): a draft or private page's title
never leaks through another page's field.
"""

from rest_framework import serializers
from wagtail.api.conf import APIField
from wagtail.models import PageViewRestriction

from osloregionen.core.site_address import site_url


class Field(APIField):
    """An ``APIField`` with its JSON Schema and the joins that keep a listing at a fixed number
    of queries: ``select`` for ``select_related``, ``prefetch`` for ``prefetch_related`` (names,
    or callables returning a ``Prefetch`` so that a field list needs no model import)."""

    def __init__(self, name, schema, serializer=None, *, select=(), prefetch=()):
        super().__init__(name, serializer=serializer)
        self.schema = schema
        self.select = tuple(select)
        self.prefetch = tuple(prefetch)

    def prefetches(self) -> list:
        return [item() if callable(item) else item for item in self.prefetch]


# JSON Schema building blocks (OpenAPI 3.1 is JSON Schema 2020-12).
STRING = {"type": "string"}
TEXT = {"type": "string", "description": "Ren tekst; kan være tom."}
HTML = {"type": "string", "contentMediaType": "text/html"}
INTEGER = {"type": "integer"}
BOOLEAN = {"type": "boolean"}
NUMBER = {"type": "number"}
URL = {"type": "string", "format": "uri"}
DATE = {"type": "string", "format": "date"}
DATETIME = {
    "type": "string",
    "format": "date-time",
    "description": "ISO 8601 med tidssone (norsk tid, +01:00 eller +02:00).",
}
TIME = {"type": "string", "pattern": r"^\d{2}:\d{2}(:\d{2})?$"}


def nullable(schema: dict) -> dict:
    return {"anyOf": [schema, {"type": "null"}]}


def array(items: dict) -> dict:
    return {"type": "array", "items": items}


def obj(properties: dict, optional=()) -> dict:
    return {
        "type": "object",
        "properties": properties,
        "required": [name for name in properties if name not in optional],
        "additionalProperties": False,
    }


def choice(values) -> dict:
    """A choice's stored value (one of ``values``) and its Norwegian label."""
    return obj({"value": {"type": "string", "enum": list(values)}, "label": STRING})


PAGE_REF = obj({"id": INTEGER, "type": STRING, "title": STRING, "html_url": URL})
STREAM = array(
    {
        "type": "object",
        "properties": {"type": STRING, "value": {}, "id": STRING},
        "required": ["type", "value"],
    }
)
DOCUMENT = obj(
    {
        "id": INTEGER,
        "title": STRING,
        "url": URL,
        "file_type": STRING,
        "content_type": STRING,
        "file_size": nullable(INTEGER),
    }
)


def restricted_paths(request) -> list[str]:
    """Paths of the pages this request may not see, read once per request."""
    if not hasattr(request, "_api_restricted_paths"):
        request._api_restricted_paths = [
            restriction.page.path
            for restriction in PageViewRestriction.objects.select_related("page")
            if not restriction.accept_request(request)
        ]
    return request._api_restricted_paths


def is_visible(page, request) -> bool:
    return page.live and not any(page.path.startswith(path) for path in restricted_paths(request))


def page_ref(page, request) -> dict | None:
    if page is None or not is_visible(page, request):
        return None
    return {
        "id": page.pk,
        "type": f"{page.specific_class._meta.app_label}.{page.specific_class.__name__}",
        "title": page.title,
        "html_url": page.get_full_url(request),
    }


class PageRefField(serializers.Field):
    """A foreign key to a page, as a reference or ``null``."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, page):
        return page_ref(page, self.context["request"])

    def get_attribute(self, instance):
        return getattr(instance, self.source, None)


class PageRefsField(serializers.Field):
    """A many-to-many relation to pages, as a list of the visible ones (prefetched)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, manager):
        request = self.context["request"]
        refs = (page_ref(page, request) for page in manager.all())
        return [ref for ref in refs if ref is not None]


class ChoiceField(serializers.Field):
    """A choice field as its stored value and its label."""

    def __init__(self, *, blank_as_null=False, **kwargs):
        kwargs.setdefault("read_only", True)
        self.blank_as_null = blank_as_null
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, instance):
        value = getattr(instance, self.field_name)
        if self.blank_as_null and value == "":
            return None  # an unknown value is left out, not labelled
        return {"value": value, "label": getattr(instance, f"get_{self.field_name}_display")()}


class DocumentField(serializers.Field):
    """A Wagtail document as its absolute URL, file type and size (no query for the size:
    Wagtail stores it on upload)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, document):
        return document_data(document, self.context["request"])

    def get_attribute(self, instance):
        return getattr(instance, self.source, None)


def document_data(document, request) -> dict | None:
    if document is None:
        return None
    return {
        "id": document.pk,
        "title": document.title,
        "url": site_url(request, document.url),
        "file_type": document.file_extension.upper(),
        "content_type": document.content_type,
        "file_size": document.file_size,
    }


class CallableField(serializers.Field):
    """A value computed from the whole page by ``function(page, request)``."""

    def __init__(self, function, **kwargs):
        self.function = function
        kwargs.setdefault("read_only", True)
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def to_representation(self, page):
        return self.function(page, self.context["request"])


def page_field(name, *, schema=PAGE_REF) -> Field:
    return Field(name, nullable(schema), PageRefField(), select=[name])


def pages_field(name, prefetch=None) -> Field:
    return Field(name, array(PAGE_REF), PageRefsField(), prefetch=[prefetch or name])


def choice_field(name, values, *, blank_as_null=False) -> Field:
    """A choice as its value and label; with ``blank_as_null`` an empty value (unknown) is
    ``null``, and ``values`` are the other ones."""
    if blank_as_null:
        return Field(name, nullable(choice(values)), ChoiceField(blank_as_null=True))
    return Field(name, choice(values), ChoiceField())


def document_field(name) -> Field:
    return Field(name, nullable(DOCUMENT), DocumentField(), select=[name])


def stream_field(name) -> Field:
    return Field(name, STREAM)


INTRO = Field("intro", TEXT)
BODY = stream_field("body")
# Index pages, the home page and plain content pages: their text; lists come from their children.
TEXT_PAGE_API_FIELDS = [INTRO, BODY]
INTRO_API_FIELDS = [INTRO]
# A form the secretariat builds: what it is about and when it stops taking answers.
FORM_PAGE_API_FIELDS = [INTRO, Field("closes_at", nullable(DATETIME))]
