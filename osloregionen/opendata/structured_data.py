"""schema.org ``Dataset`` for each dataset (on the page that links it) and a ``DataCatalog``
of them all (on the catalogue), with the licence, the organisation as creator and publisher,
and one ``DataDownload`` per file."""

from django.utils.translation import gettext as _

from osloregionen.core.structured_data import organization

from .catalogue import Entry, iso
from .dataset import LICENCE_URL


def dataset(request, found: Entry, *, standalone: bool = True) -> dict:
    organisation = organization(request)
    data = {
        "@type": "Dataset",
        "name": found.title,
        "description": found.description,
        "url": found.catalogue_url,
        "identifier": found.json_url,
        "inLanguage": found.language,
        "license": LICENCE_URL,
        "isAccessibleForFree": True,
        "creator": organisation,
        "publisher": organisation,
        "keywords": [str(keyword) for keyword in found.dataset.keywords],
        "variableMeasured": [column.name for column in found.columns],
        "distribution": [
            {"@type": "DataDownload", "encodingFormat": media_type, "contentUrl": url}
            for _fmt, media_type, url in found.distributions
        ],
    }
    if found.modified:
        data["dateModified"] = iso(found.modified)
    if standalone:
        catalogue_url = found.catalogue_url.partition("#")[0]
        data["includedInDataCatalog"] = {
            "@type": "DataCatalog",
            "name": catalogue_name(request),
            "url": catalogue_url,
        }
        return {"@context": "https://schema.org", **data}
    return data


def catalogue_name(request) -> str:
    return _("Åpne data fra %(organisation)s") % {"organisation": organization(request)["name"]}


def data_catalogue(request, entries: list[Entry], url: str, description: str) -> dict:
    organisation = organization(request)
    data = {
        "@context": "https://schema.org",
        "@type": "DataCatalog",
        "name": catalogue_name(request),
        "description": description,
        "url": url,
        "inLanguage": entries[0].language if entries else None,
        "license": LICENCE_URL,
        "creator": organisation,
        "publisher": organisation,
        "dataset": [dataset(request, found, standalone=False) for found in entries],
    }
    stamps = [found.modified for found in entries if found.modified]
    if stamps:
        data["dateModified"] = iso(max(stamps))
    return data
