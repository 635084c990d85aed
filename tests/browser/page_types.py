"""The project's page types and, for each, the first live page of exactly that type."""

import sys
from pathlib import Path

from django.conf import settings
from wagtail.models import get_page_models


def project_page_models() -> list:
    """Every concrete page model defined in this repository (not Wagtail's own ``Page``)."""
    base_dir = Path(settings.BASE_DIR).resolve()
    installed = Path(sys.prefix).resolve()
    models = []
    for model in get_page_models():
        app_path = Path(model._meta.app_config.path).resolve()
        if app_path.is_relative_to(base_dir) and not app_path.is_relative_to(installed):
            models.append(model)
    return sorted(models, key=lambda model: model._meta.label_lower)


def first_live_page_paths() -> dict[str, str]:
    """``{"app_label.modelname": "/path/"}`` for each page type that has a live, public page."""
    paths = {}
    for model in project_page_models():
        page = model.objects.live().public().exact_type(model).order_by("path").first()
        if page is not None:
            paths[model._meta.label_lower] = page.url
    return paths
