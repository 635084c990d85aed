from django.db import models


class ProjectStatus(models.TextChoices):
    PLANNED = "planlagt", "Planlagt"
    ONGOING = "pagar", "Pågår"
    COMPLETED = "avsluttet", "Avsluttet"
