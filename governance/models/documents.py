"""A document attached to a meeting or a case, with its kind (innkalling, protokoll, …)."""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable


class DocumentRow(Orderable):
    """Subclasses add the ``ParentalKey`` and ``kind`` with their own choices."""

    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="Dokument",
    )

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("document")])]

    class Meta(Orderable.Meta):
        abstract = True
