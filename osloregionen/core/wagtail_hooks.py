from django.http import Http404
from django.utils import timezone
from wagtail import hooks


@hooks.register("before_serve_page")
def refuse_expired_pages(page, request, serve_args, serve_kwargs):
    """A page past its «Utløpsdato» is gone at once, not when ``publish_scheduled`` next runs."""
    if page.expire_at and page.expire_at <= timezone.now():
        raise Http404("Siden er utløpt.")
