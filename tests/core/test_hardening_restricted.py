"""A restricted sub-region and a restricted focus area are left out of every list, filter, menu
and count of the pages that would otherwise show them."""

import pytest
from wagtail.models import PageViewRestriction

from events.models import EventPage
from members.models import MunicipalityPage, SubRegionPage
from osloregionen.news.models import NewsPage
from projects.models import FocusAreaPage, ProjectPage
from reports.models import PublicationPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

SECRET_SUBREGION = "Lukket delregion Qx"
SECRET_FOCUS_AREA = "Lukket innsatsområde Qx"


def _rename_and_restrict(page, title):
    page.title = title
    page.save_revision().publish()
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )


def _urls_listing(subregion, focus_area) -> set[str]:
    urls = {"/", "/medlemmer/", "/medlemmer/?gruppering=delregion", "/innsatsomrader/"}
    urls |= {"/aktuelt/", "/arrangementer/", "/arrangementer/tidligere/", "/prosjekter/"}
    urls |= {"/publikasjoner/", "/aktuelt/rss/", subregion.get_parent().url}
    for municipality in MunicipalityPage.objects.live().filter(subregions=subregion)[:3]:
        urls.add(municipality.url)
    for model in (EventPage, NewsPage, ProjectPage, PublicationPage):
        for page in model.objects.live().filter(focus_areas=focus_area)[:2]:
            urls.add(page.url)
    return urls


def test_restricted_subregion_and_focus_area_are_listed_nowhere(client):
    subregion = SubRegionPage.objects.live().filter(locale__language_code="nb").first()
    focus_area = FocusAreaPage.objects.live().filter(locale__language_code="nb").first()
    urls = _urls_listing(subregion, focus_area)
    _rename_and_restrict(subregion, SECRET_SUBREGION)
    _rename_and_restrict(focus_area, SECRET_FOCUS_AREA)
    leaks = []
    for url in sorted(urls):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        leaks += [
            f"{url}: {html[max(html.index(title) - 300, 0) : html.index(title) + 40]}"
            for title in (SECRET_SUBREGION, SECRET_FOCUS_AREA)
            if title in html
        ]
    assert len(urls) >= 15
    assert not leaks, "\n".join(leaks)
