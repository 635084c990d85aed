from django.db import models


class ProjectStatus(models.TextChoices):
    # The source does not always state a status; then it stays empty and is not shown.
    UNKNOWN = "", "Ikke oppgitt"
    PLANNED = "planlagt", "Planlagt"
    ONGOING = "pagar", "Pågår"
    COMPLETED = "avsluttet", "Avsluttet"

    @classmethod
    def known(cls):
        """The (value, label) pairs of the stated statuses, without «ikke oppgitt»."""
        return [(value, label) for value, label in cls.choices if value]
