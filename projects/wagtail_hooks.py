from django.db.models import F
from wagtail import hooks

from osloregionen.core.home_sections import HOME_SECTIONS_HOOK, HomeSection
from osloregionen.core.visibility import public_only

from .choices import ProjectStatus
from .models import FocusAreaPage, ProjectIndexPage, ProjectPage

CURRENT_PROJECTS_ON_HOME = 6


@hooks.register(HOME_SECTIONS_HOOK)
def focus_areas_and_projects_section(request, home_page):
    """The focus areas and the ongoing projects, as one home-page section."""
    areas = list(
        public_only(FocusAreaPage.objects.descendant_of(home_page))
        .live()
        .defer_streamfields()
        .order_by("path")
    )
    index = (
        public_only(ProjectIndexPage.objects.child_of(home_page).live())
        .defer_streamfields()
        .first()
    )
    projects = []
    if index is not None:
        projects = list(
            public_only(ProjectPage.objects.child_of(index))
            .live()
            .defer_streamfields()
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
