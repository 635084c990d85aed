"""Small site-wide endpoints: robots.txt, security.txt, share images and the health check."""

from datetime import UTC, timedelta

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page

from osloregionen.core.site_address import site_url

from .models import SiteSettings
from .share_image import render as render_share_image
from .share_image import version as share_image_version
from .visibility import public_only


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    sitemap_url = site_url(request, "/sitemap.xml")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /sok/",
        "Disallow: /en/sok/",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(max_age=3600, public=True)
def security_txt(request):
    settings = SiteSettings.for_request(request)
    contact = f"mailto:{settings.email}" if settings.email else site_url(request, "/kontakt/")
    expires = (timezone.now() + timedelta(days=365)).replace(microsecond=0)
    lines = [
        f"Contact: {contact}",
        f"Expires: {expires.astimezone(UTC).isoformat().replace('+00:00', 'Z')}",
        "Preferred-Languages: no, en",
        f"Canonical: {site_url(request, '/.well-known/security.txt')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True


def _cache_ok() -> bool:
    try:
        cache.set("healthz", "ok", 10)
        return cache.get("healthz") == "ok"
    except Exception:  # noqa: BLE001 - any cache backend error means the cache is down
        return False


@never_cache
def healthz(request):
    """For the front cache's probes and the container's HEALTHCHECK: 503 naming what is down."""
    checks = {"database": _database_ok(), "cache": _cache_ok()}
    body = {name: "ok" if ok else "unavailable" for name, ok in checks.items()}
    healthy = all(checks.values())
    body["status"] = "ok" if healthy else "error"
    return JsonResponse(body, status=200 if healthy else 503)


SHARE_IMAGE_MAX_AGE = 365 * 24 * 3600


@require_GET
def share_image(request, page_id: int):
    """The og:image of a live public page (see ``share_image.py``); 404 for anything else, so
    a draft's or a restricted page's title never leaks."""
    page = public_only(Page.objects.live().filter(pk=page_id)).specific().first()
    if page is None:
        raise Http404
    version = share_image_version(page)
    key = f"share-image:{page.pk}:{version}"
    png = cache.get(key)
    if png is None:
        settings = SiteSettings.for_request(request)
        parent = page.get_parent().specific if page.depth > 2 else None
        section = parent.title if parent is not None and parent.depth > 2 else ""
        png = render_share_image(page.title, section, settings.organisation_name)
        cache.set(key, png, SHARE_IMAGE_MAX_AGE)
    response = HttpResponse(png, content_type="image/png")
    patch_cache_control(response, public=True, max_age=SHARE_IMAGE_MAX_AGE, immutable=True)
    return response
