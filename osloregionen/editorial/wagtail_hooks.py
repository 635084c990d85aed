from wagtail import hooks

from .content_checks import replace_content_checker
from .dashboard import EditorialTasksPanel


@hooks.register("construct_wagtail_userbar")
def use_norwegian_content_checker(request, items, page):
    replace_content_checker(request, items, page)


@hooks.register("construct_homepage_panels")
def add_editorial_tasks_panel(request, panels):
    panels.append(EditorialTasksPanel())
