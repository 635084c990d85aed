"""The base of the index pages that list their children of one type, filtered and paginated.

A subclass declares what differs: the child model (``listing_model``), the context name of the
list (``listing_name``), the order, ``per_page`` (``None``: all on one page), the filter form
and how its applied values narrow the queryset (``filter_listing``). Its template shows
``components/page_header.html``, ``components/filter_form.html`` (with ``filter_form``), the
result count in an ``aria-live`` region and ``components/results_tail.html``.
"""

from django.apps import apps
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .pages import BasePage
from .pagination import paginate
from .visibility import public_only


class IndexPage(BasePage):
    intro = models.TextField("Ingress", blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    max_count_per_parent = 1

    listing_model: str = ""  # "app.Model" of the listed children
    listing_name: str = "items"
    listing_order: tuple[str, ...] = ("path",)
    per_page: int | None = None
    filter_form_class = None

    class Meta:
        abstract = True

    def listing_queryset(self):
        """The live, public children of ``listing_model``, before filtering."""
        model = apps.get_model(self.listing_model)
        return public_only(model.objects.child_of(self)).live()

    def get_filter_form(self, request, items):
        """The filter form; a subclass passes the choices that exist among ``items``."""
        return self.filter_form_class(request.GET)

    def filter_listing(self, items, applied: dict):
        """``items`` narrowed by the form's applied values."""
        return items

    def prepare_listing(self, items):
        """The filtered queryset as it is listed: ordered, with what the template needs."""
        return items.defer_streamfields().order_by(*self.listing_order)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.listing_queryset()
        if self.filter_form_class is not None:
            form = self.get_filter_form(request, items)
            items = self.filter_listing(items, form.applied)
            context["filter_form"] = form
        items = self.prepare_listing(items)
        if self.per_page:
            items = paginate(request, items, self.per_page)
        context[self.listing_name] = items
        return context
