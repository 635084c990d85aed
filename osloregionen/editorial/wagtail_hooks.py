from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from .content_checks import replace_content_checker
from .dashboard import EditorialTasksPanel


@hooks.register("construct_wagtail_userbar")
def use_norwegian_content_checker(request, items, page):
    replace_content_checker(request, items, page)


@hooks.register("construct_homepage_panels")
def add_editorial_tasks_panel(request, panels):
    panels.append(EditorialTasksPanel())


@hooks.register("insert_editor_js")
def show_lix_in_content_metrics():
    return format_html('<script src="{}" defer></script>', static("editorial/lix.js"))
