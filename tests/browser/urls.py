"""The site's URLs, plus uploaded media (the test settings run without DEBUG, so Django would not serve them)."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from osloregionen.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]
