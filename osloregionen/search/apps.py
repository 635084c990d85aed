from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "osloregionen.search"
    label = "site_search"
    verbose_name = "Søk"
