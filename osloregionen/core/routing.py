"""Route to a child page in one query instead of two (the page, then its specific row)."""

from django.core.exceptions import ObjectDoesNotExist
from wagtail.models import Page


def table_path(model) -> list[str]:
    """The one-to-one links from ``Page`` down to ``model``'s own table: ``["publicationpage",
    "annualreportpage"]`` for a page type that extends another (multi-table inheritance)."""
    names = []
    while model is not Page:
        names.append(model._meta.model_name)
        (model,) = model._meta.parents
    return names[::-1]


def specific_child(parent: Page, slug: str) -> Page | None:
    """The live or draft child of ``parent`` with ``slug``, as its specific type, in one query.

    Each page type's table is a one-to-one child of Page (or of the page type it extends), so
    ``select_related`` on the allowed child types brings the specific row along. A child model
    may name relations its template needs in ``ROUTING_SELECT_RELATED``.
    """
    models = parent.allowed_subpage_models()
    # Most derived first: an annual report also has a publication row.
    paths = sorted((table_path(model) for model in models), key=len, reverse=True)
    relations = ["__".join(path) for path in paths]
    extra = [
        f"{'__'.join(table_path(model))}__{related}"
        for model in models
        for related in getattr(model, "ROUTING_SELECT_RELATED", ())
    ]
    child = parent.get_children().filter(slug=slug).select_related(*relations, *extra).first()
    if child is None:
        return None
    for path in paths:
        try:
            specific = child
            for name in path:
                specific = getattr(specific, name)
            break
        except ObjectDoesNotExist:
            continue
    else:
        specific = child.specific
    specific._cached_parent_obj = parent
    return specific
