from django.db.models import F
from wagtail import hooks
from wagtail.models import Page

from osloregionen.core.home_sections import HOME_SECTIONS_HOOK, HomeSection

from .choices import ProjectStatus
from .models import FocusAreaPage, ProjectIndexPage, ProjectPage

CURRENT_PROJECTS_ON_HOME = 6


@hooks.register(HOME_SECTIONS_HOOK)
def focus_areas_and_projects_section(request, home_page):
    """The focus areas and the ongoing projects, as one home-page section."""
    private = Page.objects.private_q()
    areas = list(
        FocusAreaPage.objects.descendant_of(home_page).live().exclude(private).order_by("path")
    )
    index = ProjectIndexPage.objects.child_of(home_page).live().exclude(private).first()
    projects = []
    if index is not None:
        projects = list(
            ProjectPage.objects.child_of(index)
            .live()
            .exclude(private)
            .filter(status=ProjectStatus.ONGOING)
            .order_by(F("start_year").desc(nulls_last=True), "title")[:CURRENT_PROJECTS_ON_HOME]
        )
    if not areas and not projects:
        return None
    return HomeSection(
        order=40,
        template="components/projects/home_section.html",
        context={"areas": areas, "projects": projects, "index": index},
    )
