"""Refuse requests whose path, query string or form fields carry NUL bytes or invalid UTF-8,
and anonymous posts with a large body.

Django would pass them on: a NUL reaches PostgreSQL (which refuses it with an error, so a 500) and
broken UTF-8 is silently replaced with U+FFFD. Neither is anything a visitor types, so the
request gets a 400 page before any view or query runs (for the API, a 400 with a JSON
``message``, the shape its own parameter errors have). Visitors who are not logged in only ever
post small forms (the page password, the login), so a body over ``ANONYMOUS_MAX_BODY_SIZE`` gets
a 413 before anything reads it; editors' uploads have their own limits.
"""

from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.core.handlers.wsgi import get_bytes_from_wsgi
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
# The API's addresses, the same as CORS_URLS_REGEX.
API_PREFIX = "/api/"


def _is_hostile(raw: bytes) -> bool:
    if b"\x00" in raw:
        return True
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _encoded_is_hostile(encoded: bytes) -> bool:
    """Percent-encoded bytes (path, query or form body), decoded the way Django decodes them."""
    return _is_hostile(unquote_to_bytes(encoded.replace(b"+", b" ")))


def request_is_hostile(request) -> bool:
    # Django has already decoded the path and percent-encoded again the bytes that are not
    # UTF-8, so decoding those once more finds them.
    if _encoded_is_hostile(request.path_info.encode()):
        return True
    if _encoded_is_hostile(get_bytes_from_wsgi(request.META, "QUERY_STRING", "")):
        return True
    if request.method != "POST":
        return False
    if request.content_type == FORM_CONTENT_TYPE:
        return _encoded_is_hostile(request.body)
    if request.content_type == "multipart/form-data":
        return any("\x00" in value for values in request.POST.lists() for value in values[1])
    return False


def body_too_large(request) -> bool:
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    if length <= settings.ANONYMOUS_MAX_BODY_SIZE:
        return False
    return not request.user.is_authenticated


def bad_request(request) -> HttpResponse:
    if not request.path_info.startswith(API_PREFIX):
        return HttpResponseBadRequest(render_to_string("400.html"))
    # The 400 page's own words, so the catalogue needs no new message.
    message = "{}: {}".format(
        gettext("Ugyldig adresse"),
        gettext(
            "Adressen eller skjemaet inneholder tegn vi ikke kan lese. Sjekk adressen og "
            "prøv igjen."
        ),
    )
    return JsonResponse({"message": message}, status=400, json_dumps_params={"ensure_ascii": False})


class InputGuardMiddleware:
    """After ``AuthenticationMiddleware`` (it asks who posts) and before any view reads a form."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if body_too_large(request):
            return HttpResponse(render_to_string("413.html"), status=413)
        if request_is_hostile(request):
            return bad_request(request)
        return self.get_response(request)
