from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from wagtail import urls as wagtail_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from events import feeds as event_feeds
from osloregionen.core import language_switch
from osloregionen.core import views as core_views
from osloregionen.core.api import api_router
from osloregionen.core.openapi import openapi_json
from osloregionen.core.passwords import authenticate_with_password
from osloregionen.core.sitemap import MultilingualSitemap
from osloregionen.editorial.concurrent_edits import StaleRevisionEditView
from osloregionen.feeds.views import AudienceFeed
from osloregionen.news.feeds import NewsFeed
from osloregionen.opendata import views as open_data_views
from osloregionen.search import views as search_views
from osloregionen.serving.media import serve_public_media
from osloregionen.serving.views import benchmark_ceiling

# Importing Wagtail's admin URLconf builds its views and forms and fixes some of their interface
# text in the language active at that moment: the snippet breadcrumbs' «Home» (plain gettext)
# and a page chooser's «Choose a page (…)» (a lazy string joined with the model's name). The first
# URL reverse in a process can run inside ``translation.override("en")`` (Wagtail reverses an
# English page's URL under its locale, e.g. when publishing one purges the front cache), so the
# admin is built in the admin's language, whoever loads the URLconf first.
with translation.override(settings.LANGUAGE_CODE):
    from wagtail.admin import urls as wagtailadmin_urls

handler500 = "osloregionen.serving.outage.server_error"

urlpatterns = [
    # Wagtail's page edit view at its own address, refusing a save over a newer version.
    path(
        "admin/pages/<int:page_id>/edit/",
        never_cache(require_admin_access(StaleRevisionEditView.as_view())),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/openapi.json", openapi_json, name="openapi"),
    path("api/v2/", api_router.urls),
    path("healthz", core_views.healthz, name="healthz"),
    path("og/<int:page_id>.png", core_views.share_image, name="share_image"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", core_views.security_txt, name="security_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    urlpatterns.append(path("media/<path:path>", serve_public_media, name="public_media"))
if settings.BENCHMARK_CEILING:
    urlpatterns.append(path("benchmark/ceiling", benchmark_ceiling, name="benchmark_ceiling"))

urlpatterns += i18n_patterns(
    path("sok/", search_views.search, name="search"),
    path(
        _("ikke-oversatt/<int:page_id>/"),
        language_switch.not_translated,
        name="not_translated",
    ),
    path("aktuelt/rss/", NewsFeed(), name="news_feed"),
    path("aktuelt/rss/<slug:focus_area>/", NewsFeed(), name="news_feed_focus_area"),
    # Open data: the catalogue and /data/<dataset>.csv|json (osloregionen/opendata/).
    path("data/", open_data_views.data_catalogue, name="open_data"),
    re_path(
        r"^data/(?P<slug>[\w\-]+)\.(?P<fmt>[a-z]+)$",
        open_data_views.data_file,
        name="open_data_file",
    ),
    # <calendar-url>kalender.ics and <event-url>kalender.ics: Wagtail's own routes take no dots.
    re_path(r"^(?P<path>(?:[\w\-]+/)+)kalender\.ics$", event_feeds.calendar_file, name="event_ics"),
    re_path(r"^(?P<path>(?:[\w\-]+/)+)rss\.xml$", AudienceFeed(), name="audience_rss"),
    # The same address as Wagtail's page-password view, matched first: counted and locked out.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        authenticate_with_password,
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
