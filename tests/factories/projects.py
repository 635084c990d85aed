import factory

from projects.models import FocusAreaIndexPage, FocusAreaPage, ProjectIndexPage, ProjectPage

from .core import BasePageFactory, TopLevelPageFactory


class FocusAreaIndexPageFactory(TopLevelPageFactory):
    class Meta:
        model = FocusAreaIndexPage


class FocusAreaPageFactory(BasePageFactory):
    parent = factory.SubFactory(FocusAreaIndexPageFactory)
    intro = "Et innsatsområde."

    class Meta:
        model = FocusAreaPage


class ProjectIndexPageFactory(TopLevelPageFactory):
    class Meta:
        model = ProjectIndexPage


class ProjectPageFactory(BasePageFactory):
    parent = factory.SubFactory(ProjectIndexPageFactory)
    goal = "Målet med prosjektet."

    class Meta:
        model = ProjectPage
