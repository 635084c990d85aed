"""Absolute URLs on the site's configured address.

The address is the Wagtail Site's (Settings → Sites: host name and port), the same one
Wagtail's own ``page.get_full_url`` uses; ``load_seed_content`` sets it once from
WAGTAILADMIN_BASE_URL. Canonical links, JSON-LD, the sitemap, feeds and the API all use it,
so a proxy or a visitor's Host header never decides which host the site names.
"""

from wagtail.models import Site


def site_root_url(request) -> str:
    site = Site.find_for_request(request)
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return request.build_absolute_uri("/").rstrip("/")
    return site.root_url


def site_url(request, path: str | None) -> str:
    """``path`` (``/aktuelt/``) on the configured address; an absolute URL is kept as it is.
    A page previewed before its first save has no path yet: then the site's own address."""
    if not path:
        return site_root_url(request) + "/"
    if "://" in path:
        return path
    return site_root_url(request) + path
