"""A sign-up for an event: confirmed, on the waiting list, or cancelled by the participant."""

from django.db import models
from django.utils import timezone

from osloregionen.core.submissions.retention import cutoff, site_settings

from ..choices import RegistrationStatus


class Registration(models.Model):
    event = models.ForeignKey(
        "events.EventPage",
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name="Arrangement",
    )
    name = models.CharField("Navn", max_length=200)
    email = models.EmailField("E-post")
    organisation = models.CharField("Organisasjon eller kommune", max_length=200)
    needs = models.TextField("Behov for mat eller tilrettelegging", max_length=1000, blank=True)
    status = models.CharField(
        "Status", max_length=20, choices=RegistrationStatus.choices, db_index=True
    )
    created_at = models.DateTimeField("Meldt på", default=timezone.now)
    cancelled_at = models.DateTimeField("Meldt av", null=True, blank=True)

    class Meta:
        verbose_name = "Påmelding"
        verbose_name_plural = "Påmeldinger"
        ordering = ["event", "created_at", "pk"]
        constraints = [
            # One active sign-up per address and event; a cancelled one may sign up again.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~models.Q(status=RegistrationStatus.CANCELLED),
                name="events_one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"


def purge_expired_registrations(now) -> list[tuple[str, int]]:
    days = site_settings().registration_retention_days
    deleted, _by_model = Registration.objects.filter(
        event__finishes_at__lt=cutoff(now, days)
    ).delete()
    return [("påmeldinger", deleted)]
