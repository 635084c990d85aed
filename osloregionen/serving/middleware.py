"""Response headers: how a response may be cached, compression, and the security policies."""

import re

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_cache_control, patch_vary_headers

# Statuses a shared cache may keep (the front cache is banned on every content change).
CACHEABLE_STATUSES = {200, 203, 204, 300, 301, 308, 404, 410}
PERSONAL_PATHS = ("/admin/", "/django-admin/")
COMPRESSIBLE = re.compile(
    r"^(text/|application/(json|xml|rss\+xml|atom\+xml|ld\+json|javascript)|image/svg\+xml)"
)


class HealthCheckMiddleware:
    """Answer /healthz before host validation and the https redirect: the front cache's probes
    and the container's HEALTHCHECK call app servers by their internal address over http."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == "/healthz":
            from osloregionen.core.views import healthz

            return healthz(request)
        return self.get_response(request)


def is_personal(request, response=None) -> bool:
    """A response only this visitor may see: the admin, previews, a session (logged in or
    past a page password), a view-restricted page or document, or one that sets a cookie."""
    return (
        request.path_info.startswith(PERSONAL_PATHS)
        or getattr(request, "is_preview", False)
        or getattr(request, "view_restricted", False)
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or bool(response is not None and response.cookies)
    )


def is_search_with_query(request) -> bool:
    match = request.resolver_match
    return bool(match and match.url_name == "search" and request.GET)


class CacheHeadersMiddleware:
    """Cache-Control on every GET: public ones short in browsers and longer in the front cache
    (which is purged on every content change); personal ones ``private, no-store``.

    The language is in the URL, never taken from Accept-Language, so that header is dropped
    from ``Vary``: it would only split the cache.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return response
        if is_personal(request, response):
            response["Cache-Control"] = "private, no-store"
        elif is_search_with_query(request):
            # Endless combinations of queries: only the visitor's browser keeps them.
            patch_cache_control(response, private=True, max_age=settings.CACHE_MAX_AGE)
        elif "Cache-Control" not in response and response.status_code in CACHEABLE_STATUSES:
            patch_cache_control(
                response,
                public=True,
                max_age=settings.CACHE_MAX_AGE,
                s_maxage=settings.CACHE_SHARED_MAX_AGE,
            )
        if response.has_header("Vary"):
            varies = [v.strip() for v in response["Vary"].split(",")]
            kept = [v for v in varies if v and v.lower() != "accept-language"]
            del response["Vary"]
            if kept:
                patch_vary_headers(response, kept)
        return response


class TextGZipMiddleware(GZipMiddleware):
    """Django's gzip for text (HTML, feeds, calendars, JSON, SVG); images are already compressed."""

    def process_response(self, request, response):
        if not COMPRESSIBLE.match(response.get("Content-Type", "")):
            return response
        return super().process_response(request, response)


class SecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with the strict public policy, relaxed where Wagtail's admin needs it (the
    admin, previews and the user bar of logged-in editors); plus Permissions-Policy."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and is_personal(request):
            parts.replace = {**(parts.replace or {}), **settings.ADMIN_CONTENT_SECURITY_POLICY}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
