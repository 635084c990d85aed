from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "osloregionen.core"
    label = "core"
    verbose_name = "Felles"
