"""Several lists of related pages of different types (a focus area's projects, news, events and
publications; a project's news, events and focus areas) in ONE query.

Each list is given as the query that picks its pages (filtered, ordered and sliced as the list
needs); it becomes a subquery of ids. The pages come back from one query on ``Page`` with each
list's own table joined (``select_related`` on the reverse link of multi-table inheritance, so
the specific object needs no query of its own) and are sorted back into their lists here.
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import BooleanField, ExpressionWrapper, Q, QuerySet
from wagtail.models import Page

from osloregionen.core.visibility import public_only


@dataclass
class RelatedList:
    """One list. ``pages``: a queryset of one specific page type; or a query of page ids, or
    pages or ids in memory (a preview's unsaved relations): those stay plain ``Page`` objects,
    enough for a title and a link. ``sort_key`` orders the list again (the one query cannot
    keep each subquery's order); ``annotations`` are added to the plain ``Page`` rows, for
    a ``sort_key``; ``select_related`` are relations of the specific type."""

    pages: object
    sort_key: object = None
    descending: bool = False
    select_related: tuple = ()
    annotations: dict = field(default_factory=dict)

    @property
    def model(self):
        if not isinstance(self.pages, QuerySet) or self.pages._fields:
            return None
        model = self.pages.model
        return model if issubclass(model, Page) and model is not Page else None

    def has_candidates(self) -> bool:
        return isinstance(self.pages, QuerySet) or bool(self.ids())

    def ids(self):
        if isinstance(self.pages, QuerySet):
            return self.pages if self.pages._fields else self.pages.values("pk")
        return [getattr(item, "pk", item) for item in self.pages]


def load_related(lists: dict[str, RelatedList]) -> dict[str, list]:
    """The pages of every list, live and public, in one query."""
    result = {name: [] for name in lists}
    lists = {name: related for name, related in lists.items() if related.has_candidates()}
    if not lists:
        return result
    members = {f"in_{name}": Q(pk__in=related.ids()) for name, related in lists.items()}
    joins = set()
    for related in lists.values():
        if related.model is not None:
            link = related.model._meta.model_name
            joins.add(link)
            joins.update(f"{link}__{name}" for name in related.select_related)
    pages = (
        public_only(Page.objects.live())
        .filter(reduce(or_, members.values()))
        .annotate(
            **{
                flag: ExpressionWrapper(condition, output_field=BooleanField())
                for flag, condition in members.items()
            },
            **{
                key: value
                for related in lists.values()
                for key, value in related.annotations.items()
            },
        )
        .select_related(*sorted(joins))
    )
    for page in pages:
        for name, related in lists.items():
            if getattr(page, f"in_{name}"):
                model = related.model
                result[name].append(getattr(page, model._meta.model_name) if model else page)
    for name, related in lists.items():
        if related.sort_key is not None:
            result[name].sort(key=related.sort_key, reverse=related.descending)
    return result
