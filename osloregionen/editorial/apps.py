from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "osloregionen.editorial"
    label = "editorial"
    verbose_name = "Redaksjon"
