"""Public media in production: images and their renditions from the shared MEDIA_ROOT.

Only these folders are served; documents live under documents/ and go only through Wagtail's
document view, which checks collection restrictions. The front cache keeps the files.
"""

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from django.views.static import serve

PUBLIC_MEDIA_FOLDERS = ("images/", "original_images/")


@require_safe
def serve_public_media(request, path):
    if not path.startswith(PUBLIC_MEDIA_FOLDERS):
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    patch_cache_control(response, public=True, max_age=86400, s_maxage=86400)
    return response
