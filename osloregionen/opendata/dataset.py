"""What a dataset is: its address, its columns, how its rows are read, and the licence.

A dataset is one table: the CSV file has one row per item with the column names as its header,
the JSON file the same items as objects under ``items`` with the metadata beside them. Column
names are stable, ASCII and English like the API's field names, whatever the language of the
content; the descriptions and the content follow the language.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import Promise
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

LICENCE_URL = "https://data.norge.no/nlod/no/2.0"
LICENCE_URL_EN = "https://data.norge.no/nlod/en/2.0"
LICENCE_NAME = _("Norsk lisens for offentlige data (NLOD) 2.0")
LICENCE_SHORT = "NLOD 2.0"

# The languages whose content is published as open data. English pages are few so far, so
# /en/data/ answers 404 and English pages link the Norwegian files; add "en" here once the
# English pages carry the content (the rows are read from the active language's locale).
LANGUAGES = ("nb",)

# Column types, as the catalogue and the JSON metadata name them.
STRING = "string"
INTEGER = "integer"
NUMBER = "number"
BOOLEAN = "boolean"
DATE = "date"
DATETIME = "datetime"
URL = "url"
LIST = "list"
TYPES = {
    STRING: _("tekst"),
    INTEGER: _("heltall"),
    NUMBER: _("desimaltall"),
    BOOLEAN: _("true eller false"),
    DATE: _("dato (ÅÅÅÅ-MM-DD)"),
    DATETIME: _("tidspunkt med tidssone (ISO 8601)"),
    URL: _("nettadresse"),
    LIST: _("liste (i CSV skilt med «; »)"),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: Promise | str

    @property
    def type_label(self) -> str:
        return str(TYPES[self.type])


Rows = Callable[[HttpRequest, Locale], list[dict]]
Modified = Callable[[Locale], datetime | None]


@dataclass(frozen=True)
class Dataset:
    """``read(request, locale)`` gives the rows as dicts keyed by the column names, in order;
    ``modified(locale)`` the last time a page or snippet the rows come from was published.
    ``page_type`` is the page that shows the same data and links the files (the newest one
    by ``page_order`` when there are several)."""

    slug: str
    title: Promise | str
    description: Promise | str
    columns: tuple[Column, ...]
    read: Rows
    modified: Modified
    page_type: str
    page_order: tuple[str, ...] = ("path",)
    keywords: tuple[Promise | str, ...] = field(default=())

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]

    def rows(self, request, locale) -> list[dict]:
        return self.read(request, locale)


def data_language() -> str:
    """The language whose files a page links: the active one if it has open data, else the
    site's default (an English page links the Norwegian files)."""
    language = get_language() or settings.LANGUAGE_CODE
    return language if language in LANGUAGES else settings.LANGUAGE_CODE


def licence_url() -> str:
    """The licence text in the reader's language, for the link a visitor follows. Structured
    data and the files always name the Norwegian text, ``LICENCE_URL``."""
    return LICENCE_URL_EN if get_language() == "en" else LICENCE_URL
