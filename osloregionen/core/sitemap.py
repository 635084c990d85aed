from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from osloregionen.core.visibility import public_only


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists the default locale only; ours lists every translation of the site."""

    def items(self):
        in_site = Q()
        for root in self.get_wagtail_site().root_page.get_translations(inclusive=True):
            in_site |= Q(path__startswith=root.path)
        return (
            public_only(Page.objects.filter(in_site))
            .live()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
