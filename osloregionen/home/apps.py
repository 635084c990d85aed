from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "osloregionen.home"
    label = "home"
    verbose_name = "Forside"
