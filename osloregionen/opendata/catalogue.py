"""Addresses and descriptions of the datasets, for the catalogue, the files' metadata, the
links on the pages and the JSON-LD. Absolute URLs are on the site's configured address."""

from dataclasses import dataclass
from datetime import datetime

from django.apps import apps
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from osloregionen.core.site_address import site_url
from osloregionen.core.site_settings import SiteSettings
from osloregionen.core.visibility import public_only

from .dataset import LICENCE_NAME, LICENCE_URL, Dataset, data_language
from .registry import FORMATS


def file_path(dataset: Dataset, fmt: str, language: str | None = None) -> str:
    with translation.override(language or data_language()):
        return reverse("open_data_file", kwargs={"slug": dataset.slug, "fmt": fmt})


def catalogue_path(language: str | None = None) -> str:
    with translation.override(language or data_language()):
        return reverse("open_data")


def data_locale() -> Locale:
    """The locale whose pages the linked files are read from."""
    with translation.override(data_language()):
        return Locale.get_active()


def source_page(dataset: Dataset, locale):
    """The live, public page that shows the dataset's data (the newest annual report for the
    annual-report datasets), or ``None``."""
    model = apps.get_model(dataset.page_type)
    found = public_only(model.objects.live().filter(locale=locale)).defer_streamfields()
    return found.order_by(*dataset.page_order).first()


@dataclass
class Entry:
    """A dataset as a page shows it: its texts, its files' addresses, when it last changed."""

    dataset: Dataset
    csv_url: str
    json_url: str
    catalogue_url: str
    modified: datetime | None
    language: str
    page_url: str = ""
    page_title: str = ""

    @property
    def slug(self) -> str:
        return self.dataset.slug

    @property
    def title(self) -> str:
        return str(self.dataset.title)

    @property
    def description(self) -> str:
        return str(self.dataset.description)

    @property
    def columns(self):
        return self.dataset.columns

    @property
    def modified_iso(self) -> str | None:
        return iso(self.modified)

    def file_url(self, fmt: str) -> str:
        return {"csv": self.csv_url, "json": self.json_url}[fmt]

    @property
    def distributions(self) -> list[tuple[str, str, str]]:
        """(format, media type, absolute URL) of each file."""
        return [(fmt, media_type, self.file_url(fmt)) for fmt, media_type in FORMATS.items()]


def entry(request, dataset: Dataset, locale, *, with_page: bool = False) -> Entry:
    language = data_language()
    catalogue = site_url(request, catalogue_path(language))
    found = Entry(
        dataset=dataset,
        csv_url=site_url(request, file_path(dataset, "csv", language)),
        json_url=site_url(request, file_path(dataset, "json", language)),
        catalogue_url=f"{catalogue}#{dataset.slug}",
        modified=dataset.modified(locale),
        language=language,
    )
    if with_page:
        page = source_page(dataset, locale)
        if page is not None:
            found.page_url = site_url(request, page.get_url(request))
            found.page_title = page.title
    return found


def iso(moment: datetime | None) -> str | None:
    """A publication time in Norwegian time with its offset, to the second."""
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else None


def metadata(request, found: Entry, count: int) -> dict:
    """The JSON file's ``metadata``: what the items are, their licence, where they come from."""
    publisher = SiteSettings.for_request(request).organisation_name
    return {
        "dataset": found.slug,
        "title": found.title,
        "description": found.description,
        "language": found.language,
        "publisher": publisher,
        "license": LICENCE_URL,
        "license_name": str(LICENCE_NAME),
        "attribution": _(
            "Inneholder data under Norsk lisens for offentlige data (NLOD) tilgjengeliggjort "
            "av %(publisher)s."
        )
        % {"publisher": publisher},
        "source": found.page_url or None,
        "url": found.json_url,
        "csv_url": found.csv_url,
        "catalogue": found.catalogue_url,
        "modified": iso(found.modified),
        "count": count,
        "columns": [
            {"name": column.name, "type": column.type, "description": str(column.description)}
            for column in found.columns
        ],
    }
