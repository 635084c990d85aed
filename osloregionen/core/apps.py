from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "osloregionen.core"
    label = "core"
    verbose_name = "Felles"

    def ready(self):
        from .navigation import connect_signals

        connect_signals()
