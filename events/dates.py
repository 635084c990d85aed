"""Dates of events: when an event is over, and how its date reads («mai 2024», «23.–24. mai 2024»).

Times are stored as aware datetimes and shown in Europe/Oslo whatever the server's zone.
"""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils.dateformat import format as format_date
from django.utils.translation import gettext as _

from osloregionen.core.dates import DatePrecision

OSLO = ZoneInfo("Europe/Oslo")


def local(value: datetime) -> datetime:
    return value.astimezone(OSLO)


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=OSLO)


def first_of_next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def last_day(start: datetime, end: datetime | None) -> date:
    return local(end or start).date()


def finishes_at(start: datetime, end: datetime | None, all_day: bool, precision: str) -> datetime:
    """The moment after which the event counts as past."""
    if precision == DatePrecision.MONTH:
        return local_midnight(first_of_next_month(local(start).date()))
    if all_day:
        return local_midnight(last_day(start, end) + timedelta(days=1))
    return end or start


def _day(value: date) -> str:
    return format_date(value, _("j. F Y"))


def when_text(start: datetime, end: datetime | None, all_day: bool, precision: str) -> str:
    """The event's date in words, in the active language (nb gives «18. januar 2024»)."""
    first = local(start)
    if precision == DatePrecision.MONTH:
        return format_date(first, "F Y")
    last = local(end) if end else first
    if all_day:
        if last.date() <= first.date():
            return _day(first.date())
        if (first.year, first.month) == (last.year, last.month):
            return _("%(first)s.–%(last)s") % {"first": first.day, "last": _day(last.date())}
        if first.year == last.year:
            return f"{format_date(first, _('j. F'))} – {_day(last.date())}"
        return f"{_day(first.date())} – {_day(last.date())}"
    start_time = format_date(first, "H:i")
    if end is None:
        return _("%(day)s kl. %(start)s") % {"day": _day(first.date()), "start": start_time}
    if last.date() == first.date():
        return _("%(day)s kl. %(start)s–%(end)s") % {
            "day": _day(first.date()),
            "start": start_time,
            "end": format_date(last, "H:i"),
        }
    return _("%(first)s kl. %(start)s – %(last)s kl. %(end)s") % {
        "first": _day(first.date()),
        "start": start_time,
        "last": _day(last.date()),
        "end": format_date(last, "H:i"),
    }


def iso_date(start: datetime, precision: str, all_day: bool) -> str:
    """ISO 8601 at the precision known: «2024-05», «2024-01-18» or a time with its offset."""
    value = local(start)
    if precision == DatePrecision.MONTH:
        return value.strftime("%Y-%m")
    if all_day:
        return value.date().isoformat()
    return value.isoformat()
