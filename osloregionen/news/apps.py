from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "osloregionen.news"
    label = "news"
    verbose_name = "Aktuelt"
