from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from osloregionen.core.visibility import public_only


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists the default locale only; ours lists every translation of the site,
    and each page that has translations names them all (``xhtml:link rel="alternate"
    hreflang``, itself included), as search engines ask of a multilingual sitemap."""

    def items(self):
        in_site = Q()
        for root in self.get_wagtail_site().root_page.get_translations(inclusive=True):
            in_site |= Q(path__startswith=root.path)
        return (
            public_only(Page.objects.filter(in_site))
            .live()
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        pages = {}  # location → page, for the pages of this sitemap page
        for item in self.paginator.page(page).object_list:
            pages[item.get_full_url(self.request)] = item
        translations = defaultdict(list)
        for item in self.items().filter(
            translation_key__in={p.translation_key for p in pages.values()}
        ):
            translations[item.translation_key].append(
                {
                    "lang_code": item.locale.language_code,
                    "location": item.get_full_url(self.request),
                }
            )
        for url in urls:
            shown = pages.get(url["location"])
            alternates = translations.get(shown.translation_key, []) if shown else []
            if len(alternates) > 1:
                url["alternates"] = alternates
        return urls
