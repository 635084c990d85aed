from wagtail import hooks

from osloregionen.core.home_sections import HOME_SECTIONS_HOOK, HomeSection
from osloregionen.core.visibility import public_only

from .models import NewsIndexPage, NewsPage

LATEST_NEWS_ON_HOME = 3


@hooks.register(HOME_SECTIONS_HOOK)
def latest_news_section(request, home_page):
    index = (
        public_only(NewsIndexPage.objects.child_of(home_page).live()).defer_streamfields().first()
    )
    if index is None:
        return None
    news = list(
        public_only(NewsPage.objects.child_of(index))
        .live()
        .defer_streamfields()
        .order_by("-date", "-pk")[:LATEST_NEWS_ON_HOME]
    )
    if not news:
        return None
    return HomeSection(
        order=10,
        template="components/news/home_latest_news.html",
        context={"news": news, "index": index},
    )
