"""Refuse requests whose path, query string or form fields carry NUL bytes or invalid UTF-8.

Django would pass them on: a NUL reaches PostgreSQL (which refuses it with an error, so a 500) and
broken UTF-8 is silently replaced with U+FFFD. Neither is anything a visitor types, so the
request gets a 400 page before any view or query runs.
"""

from urllib.parse import unquote_to_bytes

from django.http import HttpResponseBadRequest
from django.template.loader import render_to_string

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


def _is_hostile(raw: bytes) -> bool:
    if b"\x00" in raw:
        return True
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _encoded_is_hostile(encoded: str | bytes) -> bool:
    """An URL-encoded string (path or query) decoded to bytes the way Django will decode it."""
    if isinstance(encoded, str):
        # WSGI hands the raw bytes over as latin-1 code points.
        encoded = encoded.encode("latin-1", errors="replace")
    return _is_hostile(unquote_to_bytes(encoded.replace(b"+", b" ")))


def request_is_hostile(request) -> bool:
    meta = request.META
    # The server has already percent-decoded PATH_INFO; the query string is still encoded.
    if _is_hostile(meta.get("PATH_INFO", "").encode("latin-1", errors="replace")):
        return True
    if _encoded_is_hostile(meta.get("QUERY_STRING", "")):
        return True
    if request.method != "POST":
        return False
    if request.content_type == FORM_CONTENT_TYPE:
        return _encoded_is_hostile(request.body)
    if request.content_type == "multipart/form-data":
        return any("\x00" in value for values in request.POST.lists() for value in values[1])
    return False


class InputGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request_is_hostile(request):
            return HttpResponseBadRequest(render_to_string("400.html"))
        return self.get_response(request)
