from .cases import CaseDocument, CaseDocumentKind, CaseIndexPage, CasePage, CaseStep
from .innsyn import InnsynPage
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
    "CaseDocument",
    "CaseDocumentKind",
    "CaseIndexPage",
    "CasePage",
    "CaseStep",
    "DocumentKind",
    "InnsynPage",
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
