"""Route to a child page in one query instead of two (the page, then its specific type)."""

from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404


def route_to_child(parent, request, path_components):
    """Page.route for the first path component, joining the child's own table in the query.

    The parent link of each allowed child type is a reverse one-to-one from Page named after
    the model, so select_related() returns the specific page with the same query.
    """
    slug, remaining = path_components[0], path_components[1:]
    relations = [model._meta.model_name for model in parent.allowed_subpage_models()]
    child = parent.get_children().filter(slug=slug).select_related(*relations).first()
    if child is None:
        raise Http404
    for relation in relations:
        try:
            specific = getattr(child, relation)
        except ObjectDoesNotExist:
            continue
        specific._cached_parent_obj = parent
        return specific.route(request, remaining)
    child._cached_parent_obj = parent
    return child.specific.route(request, remaining)
