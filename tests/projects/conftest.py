import datetime
from types import SimpleNamespace

import pytest

from projects.models import ProjectPage
from projects.models.focus_areas import FocusAreaKind
from tests.factories import (
    FocusAreaIndexPageFactory,
    FocusAreaPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
)


@pytest.fixture
def sections(db) -> SimpleNamespace:
    """/innsatsomrader/ with «Klima og miljø» and «Energi», /prosjekter/ and /aktuelt/, empty."""
    areas = FocusAreaIndexPageFactory(title="Innsatsområder", slug="innsatsomrader")
    return SimpleNamespace(
        areas=areas,
        climate=FocusAreaPageFactory(parent=areas, title="Klima og miljø", slug="klima-og-miljo"),
        energy=FocusAreaPageFactory(
            parent=areas, title="Energi", slug="energi", kind=FocusAreaKind.THEME
        ),
        projects=ProjectIndexPageFactory(title="Prosjekter", slug="prosjekter"),
        news=NewsIndexPageFactory(title="Aktuelt", slug="aktuelt"),
    )


@pytest.fixture
def add_project(sections):
    def add(title, **fields) -> ProjectPage:
        fields.setdefault("search_description", f"Om {title}.")
        return ProjectPageFactory(parent=sections.projects, title=title, **fields)

    return add


@pytest.fixture
def add_news(sections):
    def add(title, day=datetime.date(2025, 1, 1), **fields):
        return NewsPageFactory(parent=sections.news, title=title, date=day, **fields)

    return add
