"""Links from a page to its open-data files (``osloregionen.opendata``), with the datasets'
schema.org ``Dataset`` JSON-LD: ``{% open_data_links "medlemmer" %}``, or several slugs."""

from django import template

from osloregionen.core import json_ld
from osloregionen.opendata import catalogue, registry, structured_data
from osloregionen.opendata.dataset import LICENCE_SHORT, data_language, licence_url

register = template.Library()


@register.inclusion_tag("components/open_data_links.html", takes_context=True)
def open_data_links(context, *slugs):
    request = context["request"]
    locale = catalogue.data_locale()
    entries = [
        catalogue.entry(request, dataset, locale)
        for dataset in (registry.get(slug) for slug in slugs)
        if dataset is not None
    ]
    language = data_language()
    return {
        "entries": entries,
        "catalogue_url": catalogue.catalogue_path(language),
        "licence_url": licence_url(),
        "licence_short": LICENCE_SHORT,
        "data_language": language,
        "json_ld": [json_ld.script(structured_data.dataset(request, entry)) for entry in entries],
    }
