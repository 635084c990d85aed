"""Route to a child page in one query instead of two (the page, then its specific row)."""

from django.core.exceptions import ObjectDoesNotExist
from wagtail.models import Page


def specific_child(parent: Page, slug: str) -> Page | None:
    """The live or draft child of ``parent`` with ``slug``, as its specific type, in one query.

    Each page type's table is a one-to-one child of Page named after the model, so
    ``select_related`` on the allowed child types brings the specific row along. A child model
    may name relations its template needs in ``ROUTING_SELECT_RELATED``.
    """
    models = parent.allowed_subpage_models()
    relations = [model._meta.model_name for model in models]
    extra = [
        f"{model._meta.model_name}__{related}"
        for model in models
        for related in getattr(model, "ROUTING_SELECT_RELATED", ())
    ]
    child = parent.get_children().filter(slug=slug).select_related(*relations, *extra).first()
    if child is None:
        return None
    specific = child
    for relation in relations:
        try:
            specific = getattr(child, relation)
            break
        except ObjectDoesNotExist:
            continue
    else:
        specific = child.specific
    specific._cached_parent_obj = parent
    return specific
