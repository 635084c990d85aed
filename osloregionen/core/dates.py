"""How precisely a date is known, and how such a date is written: one vocabulary for events,
news and publications («18. mars 2024», «mars 2024» or «2024»)."""

from datetime import date

from django.db import models
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext


class DatePrecision(models.TextChoices):
    DAY = "day", "Dag (hele datoen er kjent)"
    MONTH = "month", "Måned (bare måned og år er kjent)"
    YEAR = "year", "År (bare året er kjent)"


ISO_FORMATS = {DatePrecision.DAY: "Y-m-d", DatePrecision.MONTH: "Y-m", DatePrecision.YEAR: "Y"}
# A whole date's format is the catalogue's: «j. F Y» in Norwegian, «j F Y» («18 March 2024»).
TEXT_FORMATS = {DatePrecision.MONTH: "F Y", DatePrecision.YEAR: "Y"}


def iso_date(value: date, precision: str) -> str:
    """The date as far as it is known, for ``<time datetime>`` and schema.org: 2024-03-18,
    2024-03 or 2024."""
    return format_date(value, ISO_FORMATS.get(precision, ISO_FORMATS[DatePrecision.DAY]))


def date_text(value: date, precision: str) -> str:
    """The date as far as it is known, in words in the active language."""
    return format_date(value, TEXT_FORMATS.get(precision) or gettext("j. F Y"))
