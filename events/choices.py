from django.db import models
from django.utils.translation import gettext_lazy as _

from osloregionen.core.dates import DatePrecision


class EventKind(models.TextChoices):
    SEMINAR = "seminar", _("Seminar")
    FAGSEMINAR = "fagseminar", _("Fagseminar")
    WEBINAR = "webinar", _("Webinar")
    WORKSHOP = "workshop", _("Workshop")
    KONFERANSE = "konferanse", _("Konferanse")
    FROKOSTMOTE = "frokostmote", _("Frokostmøte")
    STORSAMLING = "storsamling", _("Storsamling")
    SAMLING = "samling", _("Samling")
    DEBATT = "debatt", _("Debatt")
    LANSERING = "lansering", _("Lansering")
    KICK_OFF = "kick-off", _("Kick-off")
    FINALE = "finale", _("Finale")
    KARRIERE = "karrierearrangement", _("Karrierearrangement")
    PROGRAMSPOR = "programspor", _("Programspor")
    PODCAST = "podcastinnspilling", _("Podcastinnspilling")
    STUDIETUR = "studietur", _("Studietur")
    BESOK = "besok", _("Besøk")
    MOTE = "mote", _("Møte")
    HORING = "horing", _("Høring")
    ANNET = "annet", _("Annet")


class EventStatus(models.TextChoices):
    SCHEDULED = "planlagt", _("Planlagt")
    RESCHEDULED = "flyttet", _("Flyttet til ny dato")
    POSTPONED = "utsatt", _("Utsatt, ny dato kommer")
    CANCELLED = "avlyst", _("Avlyst")


SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.RESCHEDULED: "https://schema.org/EventRescheduled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
}


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "bekreftet", _("Bekreftet")
    WAITING = "venteliste", _("På venteliste")
    CANCELLED = "avmeldt", _("Avmeldt")


class Attendance(models.TextChoices):
    IN_PERSON = "fysisk", _("Fysisk oppmøte")
    ONLINE = "digitalt", _("Digitalt")
    HYBRID = "hybrid", _("Både fysisk og digitalt")


SCHEMA_ATTENDANCE = {
    Attendance.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    Attendance.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Attendance.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


# An event's date is known to the day or only to the month.
EVENT_DATE_PRECISIONS = [(p.value, p.label) for p in (DatePrecision.DAY, DatePrecision.MONTH)]
