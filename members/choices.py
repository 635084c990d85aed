"""Choices shared by the members models, listing and map."""

from django.db import models


class County(models.TextChoices):
    """The counties of the member municipalities (2024), in the order the site groups them."""

    OSLO = "oslo", "Oslo"
    AKERSHUS = "akershus", "Akershus"
    BUSKERUD = "buskerud", "Buskerud"
    OSTFOLD = "ostfold", "Østfold"
    INNLANDET = "innlandet", "Innlandet"
    VESTFOLD = "vestfold", "Vestfold"
    TELEMARK = "telemark", "Telemark"
