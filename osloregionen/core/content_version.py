"""One version of everything the public site shows, kept in the shared cache.

Whenever the front cache is banned (``osloregionen.serving.frontend_cache``: a publish,
unpublish, move or deletion of a page, a snippet, the site settings, an image, a document, a
redirect, a view restriction) the version moves on. Fragments that read other pages than their
own (the menus, the member list, a municipality's dashboard, the home page's sections) are
cached under it, so every app server renders them afresh on its next request after a change.
"""

import time

from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language

VERSION_KEY = "osloregionen:content:version"


def content_version() -> str:
    return cache.get_or_set(VERSION_KEY, lambda: str(time.time_ns()), None)


def content_changed(**kwargs) -> None:
    cache.set(VERSION_KEY, str(time.time_ns()), None)


def content_key() -> str:
    """What a cached fragment of other pages varies on, besides its page and site: the language,
    the content's version and the day (what is upcoming or current changes at midnight)."""
    return f"{get_language()}:{content_version()}:{timezone.localdate().isoformat()}"
