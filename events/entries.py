"""One line of the calendar, whether it is an event or an open meeting from the organisation section."""

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext as _

from governance.naming import in_sentence

from . import dates
from .choices import DatePrecision


def meeting_start(meeting) -> datetime:
    """A meeting's start; the day's midnight in Oslo when no time is set."""
    return meeting.starts_at or dates.local_midnight(meeting.date)


@dataclass(frozen=True)
class CalendarEntry:
    title: str
    url: str
    start: datetime
    iso: str
    when: str
    kind: str
    place: str
    summary: str
    is_cancelled: bool = False
    title_lang: str = ""

    @property
    def year(self) -> int:
        return dates.local(self.start).year

    @classmethod
    def from_event(cls, event, request) -> "CalendarEntry":
        return cls(
            title=event.title,
            url=event.get_url(request),
            start=event.start,
            iso=dates.iso_date(event.start, event.date_precision, event.all_day),
            when=event.when,
            kind=event.get_kind_display(),
            place=event.place,
            summary=event.summary or event.intro,
            is_cancelled=event.is_cancelled,
            title_lang=event.title_lang,
        )

    @classmethod
    def from_meeting(cls, meeting, request) -> "CalendarEntry":
        start = meeting_start(meeting)
        all_day = meeting.starts_at is None
        return cls(
            title=meeting.title,
            url=meeting.get_url(request),
            start=start,
            iso=dates.iso_date(start, DatePrecision.DAY, all_day),
            when=dates.when_text(start, meeting.ends_at, all_day, DatePrecision.DAY),
            kind=_("Åpent møte i %(organ)s")
            % {"organ": in_sentence(meeting.organ_title) or _("organisasjonen")},
            place=meeting.place,
            summary=meeting.search_description,
        )

    @classmethod
    def from_page(cls, page, request) -> "CalendarEntry":
        if hasattr(page, "date_precision"):
            return cls.from_event(page, request)
        return cls.from_meeting(page, request)


def entries(pages, request) -> list[CalendarEntry]:
    return [CalendarEntry.from_page(page, request) for page in pages]
