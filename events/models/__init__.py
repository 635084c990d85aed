from ..choices import Attendance, DatePrecision, EventKind, EventStatus, RegistrationStatus
from .event_page import EventPage
from .index_page import EventIndexPage
from .registration import Registration

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
