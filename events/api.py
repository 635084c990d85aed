"""API fields of events: when (with time zone), where, who organises, and what is left after."""

from osloregionen.core.api_fields import (
    BOOLEAN,
    DATETIME,
    STRING,
    TEXT,
    URL,
    CallableField,
    Field,
    array,
    choice_field,
    nullable,
    page_field,
    pages_field,
    stream_field,
)
from osloregionen.core.dates import DatePrecision

from .choices import Attendance, EventKind, EventStatus

OPTIONAL_URL = {"anyOf": [URL, {"const": ""}]}

EVENT_API_FIELDS = [
    Field("intro", TEXT),
    choice_field("kind", EventKind.values),
    choice_field("status", EventStatus.values),
    Field("start", DATETIME),
    Field("end", nullable(DATETIME)),
    Field("all_day", BOOLEAN),
    choice_field("date_precision", DatePrecision.values),
    Field("when", STRING),
    choice_field("attendance", Attendance.values),
    Field("venue", TEXT),
    Field("address", TEXT),
    Field("place", TEXT, select=["municipality"]),
    page_field("municipality"),
    Field("online_url", OPTIONAL_URL),
    Field("organisers", array(STRING), CallableField(lambda page, r: page.organiser_list)),
    Field("partners", array(STRING), CallableField(lambda page, r: page.partner_list)),
    Field("registration_url", OPTIONAL_URL),
    Field("registration_deadline", nullable(DATETIME)),
    Field("recording_url", OPTIONAL_URL),
    pages_field("focus_areas"),
    page_field("project"),
    stream_field("body"),
    stream_field("programme"),
    stream_field("speakers"),
]
