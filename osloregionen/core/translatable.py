"""The base of a page's translatable inline rows (members of an organ, a project's partners, the
annual report's key figures): wagtail-localize translates their text with the page, and the
English page gets rows of its own instead of sharing the Norwegian ones."""

from wagtail.models import Orderable, TranslatableMixin


class TranslatableOrderable(TranslatableMixin, Orderable):
    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True
