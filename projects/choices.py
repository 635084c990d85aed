from django.db import models
from django.utils.translation import gettext_lazy as _


class ProjectStatus(models.TextChoices):
    # The source does not always state a status; then it stays empty and is not shown.
    UNKNOWN = "", _("Ikke oppgitt")
    PLANNED = "planlagt", _("Planlagt")
    ONGOING = "pagar", _("Pågår")
    COMPLETED = "avsluttet", _("Avsluttet")

    @classmethod
    def known(cls):
        """The (value, label) pairs of the stated statuses, without «ikke oppgitt»."""
        return [(value, label) for value, label in cls.choices if value]
