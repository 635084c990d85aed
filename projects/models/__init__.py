from projects.choices import ProjectStatus

from .focus_areas import (
    FocusAreaFeaturedPage,
    FocusAreaIndexPage,
    FocusAreaPage,
    PrioritisedActivity,
)
from .project_pages import ProjectFunding, ProjectIndexPage, ProjectPage, ProjectPartner

__all__ = [
    "FocusAreaFeaturedPage",
    "FocusAreaIndexPage",
    "FocusAreaPage",
    "PrioritisedActivity",
    "ProjectFunding",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPartner",
    "ProjectStatus",
]
