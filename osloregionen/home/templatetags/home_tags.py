from django import template
from wagtail import hooks

from osloregionen.core.home_sections import HOME_SECTIONS_HOOK

register = template.Library()


@register.simple_tag(takes_context=True)
def home_sections(context) -> list:
    """The sections the apps put on the home page, in their order. A tag rather than page
    context, so that the template can cache them as a fragment."""
    request, page = context["request"], context["page"]
    sections = (hook(request, page) for hook in hooks.get_hooks(HOME_SECTIONS_HOOK))
    return sorted((section for section in sections if section is not None), key=lambda s: s.order)
