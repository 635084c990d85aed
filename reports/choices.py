from django.db import models

from osloregionen.core.dates import DatePrecision

__all__ = ["DatePrecision", "PublicationKind"]


class PublicationKind(models.TextChoices):
    CONSULTATION_RESPONSE = "horingssvar", "Høringssvar / uttalelse"
    INPUT = "innspill", "Innspill"
    STRATEGY = "strategi", "Strategi"
    ACTION_PLAN = "handlingsplan", "Handlingsprogram / handlingsplan"
    REPORT = "rapport", "Rapport"
    GUIDE = "veileder", "Veileder"
    EVALUATION = "evaluering", "Evaluering"
    ANNUAL_REPORT = "arsrapport", "Årsrapport"
