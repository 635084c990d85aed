"""The OpenAPI 3.1 document of /api/v2/, generated from the page types' typed ``api_fields``.

One schema per page type and view: ``<type>.detail`` (every field present) and ``<type>.item``
(a listing item: the fields asked for with ``?fields=``). Served at /api/v2/openapi.json.
"""

from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page, get_page_models

from .api_fields import BOOLEAN, DATETIME, INTEGER, PAGE_REF, STRING, URL, nullable, obj
from .site_address import site_root_url

LICENCE = {
    "name": "Norsk lisens for offentlige data (NLOD) 2.0",
    "url": "https://data.norge.no/nlod/no/2.0",
}

META = {
    "type": "object",
    "properties": {
        "type": STRING,
        "detail_url": URL,
        "html_url": nullable(URL),
        "slug": STRING,
        "show_in_menus": BOOLEAN,
        "seo_title": STRING,
        "search_description": STRING,
        "first_published_at": nullable(DATETIME),
        "alias_of": nullable(INTEGER),
        "parent": nullable(
            {
                "type": "object",
                "properties": {"id": INTEGER, "meta": {"type": "object"}, "title": STRING},
                "required": ["id", "meta", "title"],
            }
        ),
        "locale": {"type": "string", "enum": ["nb", "en"]},
    },
    "required": ["type", "detail_url"],
    "additionalProperties": False,
}
ERROR = obj({"message": STRING})
IMAGE = {
    "type": "object",
    "properties": {"id": INTEGER, "meta": {"type": "object"}, "title": STRING},
    "required": ["id", "meta"],
}

LISTING_PARAMETERS = [
    ("type", "Sidetype, for eksempel events.EventPage (gir tilgang til typens felter)."),
    ("fields", "Felter i tillegg til standardfeltene, kommaseparert, eller *."),
    ("limit", "Antall elementer per side (høyst 100, standard 20)."),
    ("offset", "Hvor mange elementer som hoppes over (høyst 100000)."),
    ("order", "Sortering, for eksempel -first_published_at eller title."),
    ("search", "Fritekstsøk."),
    ("child_of", "Bare barn av siden med denne id-en (eller root)."),
    ("descendant_of", "Bare sider under siden med denne id-en."),
    ("locale", "Språk: nb eller en."),
    ("site", "Vertsnavn[:port] til nettstedet; et ukjent nettsted gir 400."),
]


def type_name(model) -> str:
    return f"{model._meta.app_label}.{model.__name__}"


def page_schema(model, *, detail: bool) -> dict:
    fields = {field.name: field.schema for field in getattr(model, "api_fields", ())}
    properties = {"id": INTEGER, "meta": {"$ref": "#/components/schemas/PageMeta"}}
    properties["title"] = STRING
    properties.update(fields)
    required = list(properties) if detail else ["id", "meta"]
    return {
        "type": "object",
        "title": str(model._meta.verbose_name),
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def listing(item_ref: dict) -> dict:
    return obj(
        {"meta": obj({"total_count": INTEGER}), "items": {"type": "array", "items": item_ref}}
    )


def page_models() -> list:
    return [model for model in get_page_models() if model is not Page and not model._meta.abstract]


def _json(schema_name: str) -> dict:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_name}"}}}


def _errors() -> dict:
    return {
        "400": {"description": "Ugyldig parameter", "content": _json("Error")},
        "404": {"description": "Finnes ikke", "content": _json("Error")},
    }


def build_document(base_url: str) -> dict:
    schemas = {"PageMeta": META, "Error": ERROR, "PageRef": PAGE_REF, "Image": IMAGE}
    items, details = [], []
    for model in page_models():
        name = type_name(model)
        schemas[f"{name}.item"] = page_schema(model, detail=False)
        schemas[f"{name}.detail"] = page_schema(model, detail=True)
        items.append({"$ref": f"#/components/schemas/{name}.item"})
        details.append({"$ref": f"#/components/schemas/{name}.detail"})
    schemas["PageItem"] = {"anyOf": items}
    schemas["PageDetail"] = {"anyOf": details}
    schemas["PageListing"] = listing({"$ref": "#/components/schemas/PageItem"})
    schemas["ImageListing"] = listing({"$ref": "#/components/schemas/Image"})
    schemas["DocumentListing"] = listing({"$ref": "#/components/schemas/Image"})
    parameters = [
        {"name": name, "in": "query", "required": False, "description": text, "schema": STRING}
        for name, text in LISTING_PARAMETERS
    ]
    id_parameter = {"name": "id", "in": "path", "required": True, "schema": INTEGER}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Osloregionen – åpent API",
            "version": "2",
            "description": "Skrivebeskyttet API med sidene på osloregionen.no: arrangementer, "
            "medlemskommuner, delregioner, organer og møter, publikasjoner og nyheter. Bare "
            "publiserte, offentlige sider. CORS er åpent for GET.",
            "license": LICENCE,
        },
        "servers": [{"url": f"{base_url}/api/v2"}],
        "paths": {
            "/pages/": {
                "get": {
                    "summary": "Sider (filtrer med type for å få typens felter)",
                    "parameters": parameters,
                    "responses": {
                        "200": {
                            "description": "Én side av listen",
                            "content": _json("PageListing"),
                        },
                        **_errors(),
                    },
                }
            },
            "/pages/{id}/": {
                "get": {
                    "summary": "Én side med alle feltene",
                    "parameters": [id_parameter],
                    "responses": {
                        "200": {"description": "Siden", "content": _json("PageDetail")},
                        **_errors(),
                    },
                }
            },
            "/pages/find/": {
                "get": {
                    "summary": "Finn en side ut fra id eller html_path",
                    "parameters": [
                        {"name": "id", "in": "query", "schema": INTEGER},
                        {"name": "html_path", "in": "query", "schema": STRING},
                    ],
                    "responses": {"302": {"description": "Til sidens detaljadresse"}, **_errors()},
                }
            },
            "/images/": {
                "get": {
                    "summary": "Bilder",
                    "responses": {
                        "200": {"description": "Bilder", "content": _json("ImageListing")}
                    },
                }
            },
            "/documents/": {
                "get": {
                    "summary": "Offentlige dokumenter",
                    "responses": {
                        "200": {"description": "Dokumenter", "content": _json("DocumentListing")}
                    },
                }
            },
        },
        "components": {"schemas": schemas},
    }


@require_GET
def openapi_json(request):
    response = JsonResponse(
        build_document(site_root_url(request)), json_dumps_params={"ensure_ascii": False}
    )
    patch_cache_control(response, public=True, max_age=3600)
    return response
