from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "osloregionen.core"
    label = "core"
    verbose_name = "Felles"

    def ready(self):
        from . import localized_references

        localized_references.connect_signals()
