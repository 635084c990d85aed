from ..choices import Attendance, DatePrecision, EventKind, EventStatus
from .event_page import EventPage
from .index_page import EventIndexPage
from .registration import Registration, RegistrationStatus

__all__ = [
    "Attendance",
    "DatePrecision",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventStatus",
    "Registration",
    "RegistrationStatus",
]
