"""Sub-page addresses in the page's own language: ``/arrangementer/tidligere/`` and
``/en/events/past/``.

A routable page declares a route with a translated pattern, ``@path(_("tidligere/"))``; the
English address is the pattern's English msgstr in the catalogue. ``reverse_subpage`` gives the
address in the language of the page (not of the request, so a Norwegian screen that links an
English page's receipt gets the English address), and a page answers at its own language's
addresses. The address in the other language (every sub-page had its Norwegian address on
English pages before, and e-mails have carried such links) is redirected permanently to the
page's own, with the method and body kept (308), so an old form posted there still arrives.
"""

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils import translation


class TranslatedRoutesMixin:
    """For a ``RoutablePageMixin`` page whose routes have translated patterns; listed before
    ``RoutablePageMixin`` in the bases."""

    def route_language(self) -> str:
        return self.locale.language_code

    def reverse_subpage(self, name, args=None, kwargs=None):
        with translation.override(self.route_language()):
            return super().reverse_subpage(name, args=args, kwargs=kwargs)

    def resolve_subpage(self, path):
        language = self.route_language()
        with translation.override(language):
            try:
                return super().resolve_subpage(path)
            except Http404:
                pass
        for other, _name in settings.LANGUAGES:
            if other == language:
                continue
            with translation.override(other):
                try:
                    match = super().resolve_subpage(path)
                except Http404:
                    continue
            target = self.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)
            match.func = self._moved_to(target)
            return match
        raise Http404

    def _moved_to(self, subpage_path: str):
        def moved(request, *args, **kwargs):
            url = self.get_url(request).rstrip("/") + "/" + subpage_path.lstrip("/")
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(
                f"{url}?{query}" if query else url, preserve_request=True
            )

        return moved
