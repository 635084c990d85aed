"""wagtail-factories for every page type and the snippets, for tests that need a page, not the seed.

Every page factory makes a valid, published page under a fresh parent of the right type, so
``EventPageFactory()`` alone builds home → calendar → event. ``tests/core/test_page_types.py``
fails when a page type has no factory here.
"""

from .core import ContactPageFactory, FormPageFactory, HomePageFactory, StandardPageFactory
from .events import EventIndexPageFactory, EventPageFactory
from .governance import (
    CaseIndexPageFactory,
    CasePageFactory,
    InnsynPageFactory,
    MeetingIndexPageFactory,
    MeetingPageFactory,
    MembershipFactory,
    OrganisationIndexPageFactory,
    OrganPageFactory,
    PartyFactory,
    PersonFactory,
)
from .members import (
    MunicipalityIndexPageFactory,
    MunicipalityPageFactory,
    SubRegionIndexPageFactory,
    SubRegionPageFactory,
)
from .news import NewsIndexPageFactory, NewsPageFactory
from .projects import (
    FocusAreaIndexPageFactory,
    FocusAreaPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
)
from .reports import (
    AnnualReportChapterPageFactory,
    AnnualReportPageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
)

PAGE_FACTORIES = [
    AnnualReportChapterPageFactory,
    AnnualReportPageFactory,
    CaseIndexPageFactory,
    CasePageFactory,
    ContactPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FocusAreaIndexPageFactory,
    FocusAreaPageFactory,
    FormPageFactory,
    HomePageFactory,
    InnsynPageFactory,
    MeetingIndexPageFactory,
    MeetingPageFactory,
    MunicipalityIndexPageFactory,
    MunicipalityPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationIndexPageFactory,
    OrganPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    StandardPageFactory,
    SubRegionIndexPageFactory,
    SubRegionPageFactory,
]

__all__ = [factory.__name__ for factory in PAGE_FACTORIES] + [
    "MembershipFactory",
    "PartyFactory",
    "PersonFactory",
]
