from django.db import models
from django.utils.translation import gettext_lazy as _

from osloregionen.core.dates import DatePrecision

__all__ = ["DatePrecision", "PublicationKind"]


class PublicationKind(models.TextChoices):
    CONSULTATION_RESPONSE = "horingssvar", _("Høringssvar / uttalelse")
    INPUT = "innspill", _("Innspill")
    STRATEGY = "strategi", _("Strategi")
    ACTION_PLAN = "handlingsplan", _("Handlingsprogram / handlingsplan")
    REPORT = "rapport", _("Rapport")
    GUIDE = "veileder", _("Veileder")
    EVALUATION = "evaluering", _("Evaluering")
    ANNUAL_REPORT = "arsrapport", _("Årsrapport")
