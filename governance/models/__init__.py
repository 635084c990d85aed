from .meetings import (
    AgendaItem,
    DocumentKind,
    MeetingDocument,
    MeetingGuest,
    MeetingIndexPage,
    MeetingPage,
    MeetingStatus,
)
from .organs import Membership, OrganisationIndexPage, OrganKind, OrganPage, OrganYear, Role
from .people import Party, Person

__all__ = [
    "AgendaItem",
    "DocumentKind",
    "MeetingDocument",
    "MeetingGuest",
    "MeetingIndexPage",
    "MeetingPage",
    "MeetingStatus",
    "Membership",
    "OrganKind",
    "OrganPage",
    "OrganYear",
    "OrganisationIndexPage",
    "Party",
    "Person",
    "Role",
]
