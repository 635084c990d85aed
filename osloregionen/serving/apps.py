from django.apps import AppConfig


class ServingConfig(AppConfig):
    """How the site is delivered: cache headers, front-cache purges, media, outages."""

    name = "osloregionen.serving"
    label = "serving"
    verbose_name = "Levering"

    def ready(self):
        from .frontend_cache import connect_signals

        connect_signals()
