"""The RSS 2.0 news feed, for all news and for one focus area, with absolute links and Oslo times.

One ``NewsFeed`` instance serves every request, so nothing request-specific is stored on it.
"""

import datetime
from zoneinfo import ZoneInfo

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from osloregionen.core.query import query_text
from osloregionen.core.visibility import public_only
from projects.models import FocusAreaPage

from .models import NewsIndexPage, NewsPage

OSLO = ZoneInfo("Europe/Oslo")
FEED_ITEMS = 30


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, focus_area=None):
        locale = Locale.get_active()
        index = public_only(NewsIndexPage.objects.live()).filter(locale=locale).first()
        if index is None:
            raise Http404(_("Nyhetssiden finnes ikke."))
        focus_area = focus_area or query_text(request.GET, "innsatsomrade", max_length=100)
        area = None
        if focus_area:
            area = (
                public_only(FocusAreaPage.objects.live())
                .filter(locale=locale, slug=focus_area)
                .first()
            )
            if area is None:
                raise Http404(_("Innsatsområdet finnes ikke."))
        return index, area

    def title(self, obj):
        index, area = obj
        if area is None:
            return _("Osloregionen – %(title)s") % {"title": index.title}
        return _("Osloregionen – nyheter om %(area)s") % {"area": area.title}

    def link(self, obj):
        index, area = obj
        url = index.get_url()
        return f"{url}?innsatsomrade={area.slug}" if area else url

    def description(self, obj):
        index, area = obj
        return index.search_description or index.intro or self.title(obj)

    def items(self, obj):
        index, area = obj
        news = (
            public_only(NewsPage.objects.child_of(index))
            .live()
            .defer_streamfields()
            .select_related("locale")
            .order_by("-date", "-pk")
        )
        if area is not None:
            news = news.filter(focus_areas=area)
        return news[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        # Made absolute by the syndication framework, which also uses it as the guid.
        return item.get_url()

    def item_pubdate(self, item):
        return datetime.datetime.combine(item.date, datetime.time(), tzinfo=OSLO)

    def item_updateddate(self, item):
        return item.last_published_at.astimezone(OSLO) if item.last_published_at else None
