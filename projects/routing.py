"""Route from an index page to its child in one query instead of two.

Wagtail's ``Page.route`` loads the child as a plain ``Page`` and then its specific row. The index
pages here have one child type, so the child is looked up as that type directly (with the
relations its template needs, from ``ROUTING_SELECT_RELATED`` on the child model).
"""


def route_to_child(parent, request, path_components, fallback):
    """``parent.route``; ``fallback`` (the parent's ``super().route``) serves the parent itself,
    a child of another type and the 404 for an unknown slug."""
    if not path_components:
        return fallback(request, path_components)
    (child_model,) = parent.allowed_subpage_models()
    child = (
        child_model.objects.child_of(parent)
        .filter(slug=path_components[0])
        .select_related(*getattr(child_model, "ROUTING_SELECT_RELATED", ()))
        .first()
    )
    if child is None:
        return fallback(request, path_components)
    child._cached_parent_obj = parent
    return child.route(request, path_components[1:])
