from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def member_listing(context, page, query: str, grouping: str) -> dict:
    """The member list of ``page`` (a MunicipalityIndexPage) for the filters: read here, in the
    template, so that a cached fragment skips it."""
    return page.member_listing(context["request"], query, grouping)
