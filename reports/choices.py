from django.db import models


class PublicationKind(models.TextChoices):
    CONSULTATION_RESPONSE = "horingssvar", "Høringssvar / uttalelse"
    INPUT = "innspill", "Innspill"
    STRATEGY = "strategi", "Strategi"
    ACTION_PLAN = "handlingsplan", "Handlingsprogram / handlingsplan"
    REPORT = "rapport", "Rapport"
    GUIDE = "veileder", "Veileder"
    EVALUATION = "evaluering", "Evaluering"
    ANNUAL_REPORT = "arsrapport", "Årsrapport"


class DatePrecision(models.TextChoices):
    DAY = "day", "Dag (hele datoen er kjent)"
    MONTH = "month", "Måned (bare måned og år er kjent)"
    YEAR = "year", "År (bare året er kjent)"
