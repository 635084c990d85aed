from django.db.models import F
from wagtail import hooks

from osloregionen.core.home_sections import HOME_SECTIONS_HOOK, HomeSection

from .choices import ProjectStatus
from .models import FocusAreaPage, ProjectIndexPage, ProjectPage

CURRENT_PROJECTS_ON_HOME = 6


@hooks.register(HOME_SECTIONS_HOOK)
def focus_areas_section(request, home_page):
    areas = list(
        FocusAreaPage.objects.live().public().filter(locale=home_page.locale).order_by("path")
    )
    if not areas:
        return None
    return HomeSection(
        order=40, template="components/projects/home_focus_areas.html", context={"areas": areas}
    )


@hooks.register(HOME_SECTIONS_HOOK)
def current_projects_section(request, home_page):
    index = ProjectIndexPage.objects.child_of(home_page).live().public().first()
    if index is None:
        return None
    projects = list(
        ProjectPage.objects.child_of(index)
        .live()
        .public()
        .filter(status=ProjectStatus.ONGOING)
        .order_by(F("start_year").desc(nulls_last=True), "title")[:CURRENT_PROJECTS_ON_HOME]
    )
    if not projects:
        return None
    return HomeSection(
        order=50,
        template="components/projects/home_current_projects.html",
        context={"projects": projects, "index": index},
    )
