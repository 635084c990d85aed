"""A restricted sub-region and a restricted focus area are left out of every list, filter, menu
and count of the pages that would otherwise show them."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from events import dates
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    FocusAreaIndexPageFactory,
    FocusAreaPageFactory,
    MunicipalityIndexPageFactory,
    MunicipalityPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    SubRegionIndexPageFactory,
    SubRegionPageFactory,
)

pytestmark = pytest.mark.django_db

SECRET_SUBREGION = "Lukket delregion Qx"
SECRET_FOCUS_AREA = "Lukket innsatsområde Qx"


def _restrict(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )


@pytest.fixture
def site(home_page):
    """Every list that names a delregion or a focus area, with one of each to restrict."""
    members = MunicipalityIndexPageFactory(title="Medlemmer", slug="medlemmer")
    subregions = SubRegionIndexPageFactory(parent=members, title="Delregioner")
    subregion = SubRegionPageFactory(parent=subregions, title=SECRET_SUBREGION)
    areas = FocusAreaIndexPageFactory(title="Innsatsområder", slug="innsatsomrader")
    area = FocusAreaPageFactory(parent=areas, title=SECRET_FOCUS_AREA)
    FocusAreaPageFactory(parent=areas, title="Åpent innsatsområde")
    pages = [members, subregions, areas]
    for number in range(3):
        municipality = MunicipalityPageFactory(parent=members, title=f"Kommune {number}")
        municipality.subregions.set([subregion])
        municipality.save()
        pages.append(municipality)
    calendar = EventIndexPageFactory(title="Arrangementer", slug="arrangementer")
    news = NewsIndexPageFactory(title="Aktuelt", slug="aktuelt")
    projects = ProjectIndexPageFactory(title="Prosjekter", slug="prosjekter")
    library = PublicationIndexPageFactory(title="Publikasjoner", slug="publikasjoner")
    for start in (datetime.date(2024, 3, 1), datetime.date(2099, 3, 1)):  # past and upcoming
        pages.append(
            EventPageFactory(
                parent=calendar,
                start=dates.local_midnight(start),
                focus_areas=[area],
                municipality=municipality,
            )
        )
    pages.append(NewsPageFactory(parent=news, focus_areas=[area]))
    pages.append(ProjectPageFactory(parent=projects, focus_areas=[area]))
    pages.append(PublicationPageFactory(parent=library, focus_areas=[area]))
    pages += [calendar, news, projects, library]
    return subregion, area, pages


def test_restricted_subregion_and_focus_area_are_listed_nowhere(client, site):
    subregion, area, pages = site
    urls = {page.url for page in pages} | {
        "/",
        "/medlemmer/?gruppering=delregion",
        "/arrangementer/tidligere/",
        "/aktuelt/rss/",
    }
    seen = [url for url in sorted(urls) if SECRET_SUBREGION in client.get(url).content.decode()]
    seen += [url for url in sorted(urls) if SECRET_FOCUS_AREA in client.get(url).content.decode()]
    assert len(seen) >= 10, seen  # the lists name them while they are public
    _restrict(subregion)
    _restrict(area)
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
