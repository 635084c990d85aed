import io

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def enable_fuzzy_search(app_config, using="default", **kwargs):
    """On PostgreSQL, Wagtail's fuzzy search needs pg_trgm and unaccent: enabled after every
    migrate (idempotent), so `make run`, CI and the test database all have typo tolerance."""
    from django.core.management import call_command
    from django.db import connections

    # After Wagtail's search app, whose index table the trigram indexes are made on.
    if app_config.label == "wagtailsearch" and connections[using].vendor == "postgresql":
        quiet = io.StringIO()  # the commands print their progress whatever the verbosity
        call_command("enable_unaccent", stdout=quiet)  # f_unaccent(), used by the indexes
        call_command("enable_trigram", stdout=quiet)


class SearchConfig(AppConfig):
    name = "osloregionen.search"
    label = "site_search"
    verbose_name = "Søk"

    def ready(self):
        post_migrate.connect(enable_fuzzy_search, dispatch_uid="site_search_fuzzy")
