from projects.choices import ProjectStatus

from .focus_areas import (
    FocusAreaFeaturedPage,
    FocusAreaIndexPage,
    FocusAreaPage,
    PrioritisedActivity,
)
from .project_pages import (
    ProjectActivity,
    ProjectFunding,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
)

__all__ = [
    "FocusAreaFeaturedPage",
    "FocusAreaIndexPage",
    "FocusAreaPage",
    "PrioritisedActivity",
    "ProjectActivity",
    "ProjectFunding",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPartner",
    "ProjectStatus",
]
