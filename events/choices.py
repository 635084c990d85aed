from django.db import models

from osloregionen.core.dates import DatePrecision


class EventKind(models.TextChoices):
    SEMINAR = "seminar", "Seminar"
    FAGSEMINAR = "fagseminar", "Fagseminar"
    WEBINAR = "webinar", "Webinar"
    WORKSHOP = "workshop", "Workshop"
    KONFERANSE = "konferanse", "Konferanse"
    FROKOSTMOTE = "frokostmote", "Frokostmøte"
    STORSAMLING = "storsamling", "Storsamling"
    SAMLING = "samling", "Samling"
    DEBATT = "debatt", "Debatt"
    LANSERING = "lansering", "Lansering"
    KICK_OFF = "kick-off", "Kick-off"
    FINALE = "finale", "Finale"
    KARRIERE = "karrierearrangement", "Karrierearrangement"
    PROGRAMSPOR = "programspor", "Programspor"
    PODCAST = "podcastinnspilling", "Podcastinnspilling"
    STUDIETUR = "studietur", "Studietur"
    BESOK = "besok", "Besøk"
    MOTE = "mote", "Møte"
    HORING = "horing", "Høring"
    ANNET = "annet", "Annet"


class EventStatus(models.TextChoices):
    SCHEDULED = "planlagt", "Planlagt"
    RESCHEDULED = "flyttet", "Flyttet til ny dato"
    POSTPONED = "utsatt", "Utsatt, ny dato kommer"
    CANCELLED = "avlyst", "Avlyst"


SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.RESCHEDULED: "https://schema.org/EventRescheduled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
}


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "bekreftet", "Bekreftet"
    WAITING = "venteliste", "På venteliste"
    CANCELLED = "avmeldt", "Avmeldt"


class Attendance(models.TextChoices):
    IN_PERSON = "fysisk", "Fysisk oppmøte"
    ONLINE = "digitalt", "Digitalt"
    HYBRID = "hybrid", "Både fysisk og digitalt"


SCHEMA_ATTENDANCE = {
    Attendance.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    Attendance.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Attendance.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


# An event's date is known to the day or only to the month.
EVENT_DATE_PRECISIONS = [(p.value, p.label) for p in (DatePrecision.DAY, DatePrecision.MONTH)]
