"""Purge the front cache (Varnish) whenever published content changes.

Design: every purge bans the whole front cache. A page's title shows on its parents, in
listings, on the home page, on focus-area and municipality pages, in menus and breadcrumbs, in
RSS, iCal, the sitemap and the API; a person or a party shows on many pages. Working out every
such URL (or tagging every response with what it shows) is easy to get subtly wrong, and a
stale page after a publish is the failure editors notice. The site has a few hundred pages,
which the app servers render again in seconds, so correctness wins: one change, one ban.

Wagtail's frontend_cache app already purges on publish and unpublish of any page; this module
adds moves, deletions, snippets, site settings, images, documents, redirects and view
restrictions, and sends one ban per request however many purges the request caused.
"""

import contextvars
import logging
from urllib.error import URLError
from urllib.request import Request, urlopen

from django.db.models.signals import post_delete, post_save
from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from osloregionen.core.content_version import content_changed

logger = logging.getLogger("wagtail.frontendcache")

# Inside a request, the backends asked to purge; flushed once when the response is ready.
_pending: contextvars.ContextVar[set | None] = contextvars.ContextVar("purges", default=None)


class SiteBanBackend(BaseBackend):
    """A Varnish that answers ``BAN /`` by dropping every object (deploy/varnish/default.vcl)."""

    def __init__(self, params):
        super().__init__(params)
        self.location = params["LOCATION"].rstrip("/")

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        pending = _pending.get()
        if pending is None:
            self.ban()
        else:
            pending.add(self)

    def ban(self):
        request = Request(self.location + "/", method="BAN")
        request.add_header("User-Agent", f"Wagtail-frontendcache/{wagtail_version}")
        try:
            urlopen(request, timeout=5).close()
        except (URLError, OSError) as error:
            logger.error("Could not ban the front cache at %s: %s", self.location, error)


class PurgeAfterResponseMiddleware:
    """Collect the purges a request causes and send them once, when its response is ready:
    after every save of the request (menus, child rows) has happened."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _pending.set(set())
        try:
            response = self.get_response(request)
        finally:
            backends = _pending.get()
            _pending.reset(token)
        for backend in backends:
            backend.ban()
        return response


def purge_everything(**kwargs):
    """Ban the whole front cache (the URL is only there to pick the site's backends), and move
    the content's version on for the fragments cached under it."""
    content_changed()
    purge_urls_from_cache(["/"])


def content_models() -> set[type]:
    """Models whose saves change what the public site shows, outside page publishing."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import (
        Collection,
        CollectionViewRestriction,
        Locale,
        PageViewRestriction,
        Site,
    )
    from wagtail.snippets.models import get_snippet_models

    owners = {*get_snippet_models(), *settings_registry}
    children = {
        relation.related_model
        for model in owners
        for relation in model._meta.related_objects
        if type(relation.field).__name__ == "ParentalKey"
    }
    return {
        *owners,
        *children,
        get_image_model(),
        get_document_model(),
        Collection,
        CollectionViewRestriction,
        PageViewRestriction,
        Redirect,
        Site,
        Locale,
    }


_models: set[type] | None = None


def _content_changed(sender, instance, **kwargs):
    global _models
    if isinstance(instance, Page):
        # Saving a page only makes a draft; publishing is Wagtail's own purge. Deleting a
        # page removes it from every list at once. A live page saved in code (not through
        # publishing) may show differently: the cached fragments are rendered again.
        if kwargs.get("signal") is post_delete:
            purge_everything()
        elif instance.live:
            content_changed()
        return
    if _models is None:
        _models = content_models()
    if sender in _models:
        purge_everything()


def connect_signals() -> None:
    # Renditions are created while pages render and must never purge, so models are matched
    # against content_models(), worked out once all snippets are registered.
    post_save.connect(_content_changed, dispatch_uid="frontend-cache-save")
    post_delete.connect(_content_changed, dispatch_uid="frontend-cache-delete")
    post_page_move.connect(purge_everything, dispatch_uid="frontend-cache-move")
    # Snippets with drafts go live through published/unpublished, like pages do.
    published.connect(purge_everything, dispatch_uid="frontend-cache-published")
    unpublished.connect(purge_everything, dispatch_uid="frontend-cache-unpublished")
    # Wagtail's frontend_cache purges a published page itself; the fragments follow here.
    page_published.connect(content_changed, dispatch_uid="content-version-page-published")
    # Wagtail purges a page's own URLs on unpublish; its descendants leave with it.
    page_unpublished.connect(purge_everything, dispatch_uid="frontend-cache-page-unpublished")
