"""Messages from the contact form: stored first, then e-mailed to the secretariat; a message
whose e-mail failed stays unsent and is tried again by ``send_contact_messages``."""

import logging

from django import forms
from django.core.mail import EmailMessage
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .submissions.fields import email_field, long_text_field, name_field
from .submissions.guard import ProtectedFormMixin
from .submissions.retention import cutoff, site_settings

logger = logging.getLogger(__name__)

MESSAGE_MAX_LENGTH = 5000


class ContactMessageQuerySet(models.QuerySet):
    def unsent(self):
        return self.filter(sent_at__isnull=True)


class ContactMessage(models.Model):
    name = models.CharField("Navn", max_length=200)
    email = models.EmailField("E-post")
    message = models.TextField("Melding", max_length=MESSAGE_MAX_LENGTH)
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Sendt fra",
    )
    created_at = models.DateTimeField("Mottatt", default=timezone.now, db_index=True)
    sent_at = models.DateTimeField("Videresendt på e-post", null=True, blank=True)
    send_attempts = models.PositiveSmallIntegerField("Forsøk på å sende", default=0)
    last_error = models.CharField("Siste feil ved sending", max_length=300, blank=True)

    objects = ContactMessageQuerySet.as_manager()

    class Meta:
        verbose_name = "Henvendelse"
        verbose_name_plural = "Henvendelser"
        ordering = ["-created_at"]
        indexes = [
            models.Index(
                fields=["created_at"],
                name="contact_unsent_idx",
                condition=models.Q(sent_at__isnull=True),
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.created_at:%d.%m.%Y})"

    @property
    def is_sent(self) -> bool:
        return self.sent_at is not None

    def send(self) -> bool:
        """E-mail the message to the recipient in the site settings; True when sent.

        The row stays locked while sending, and a row another process is sending is skipped,
        so the request and a retry by the scheduler never send one message twice."""
        with transaction.atomic():
            row = (
                ContactMessage.objects.unsent()
                .select_for_update(skip_locked=True)
                .filter(pk=self.pk)
                .first()
            )
            if row is None:  # sent already, or being sent right now
                self.refresh_from_db()
                return self.is_sent
            row._mail_to_secretariat()
            row.save(update_fields=["sent_at", "send_attempts", "last_error"])
        self.sent_at, self.send_attempts, self.last_error = (
            row.sent_at,
            row.send_attempts,
            row.last_error,
        )
        return self.is_sent

    def _mail_to_secretariat(self) -> None:
        settings = site_settings()
        recipient = settings.contact_recipient or settings.email
        self.send_attempts += 1
        if not recipient:
            self.last_error = "Ingen mottaker er satt i nettstedsinnstillingene."
            return
        mail = EmailMessage(
            subject=f"Henvendelse fra nettstedet: {self.name}",
            body=(
                f"Navn: {self.name}\nE-post: {self.email}\n"
                f"Mottatt: {timezone.localtime(self.created_at):%d.%m.%Y %H:%M}\n\n"
                f"{self.message}\n"
            ),
            to=[recipient],
            reply_to=[self.email],
        )
        try:
            mail.send()
        except Exception as error:  # any mail failure: keep the message, try again later
            logger.warning("Kunne ikke sende henvendelse %s: %s", self.pk, error)
            self.last_error = str(error)[:300] or type(error).__name__
        else:
            self.sent_at = timezone.now()
            self.last_error = ""


def send_unsent() -> tuple[int, int]:
    """Try every unsent message again: (sent, still unsent)."""
    sent = failed = 0
    for message in ContactMessage.objects.unsent().order_by("created_at"):
        if message.send():
            sent += 1
        else:
            failed += 1
    return sent, failed


def purge_expired_messages(now) -> list[tuple[str, int]]:
    days = site_settings().contact_retention_days
    deleted, _by_model = ContactMessage.objects.filter(created_at__lt=cutoff(now, days)).delete()
    return [("henvendelser", deleted)]


class ContactForm(ProtectedFormMixin, forms.Form):
    rate_limit_scope = "contact"

    name = name_field()
    email = email_field(
        help_text=_("Vi svarer til denne adressen."),
        required_message=_("Skriv e-postadressen din, så vi kan svare deg."),
    )
    message = long_text_field(
        _("Melding"),
        max_length=MESSAGE_MAX_LENGTH,
        required_message=_("Skriv meldingen din."),
        too_long_message=_(
            "Meldingen kan være høyst %(limit_value)d tegn; den er nå %(show_value)d tegn."
        ),
        rows=8,
    )

    def save(self, page) -> ContactMessage:
        data = self.cleaned_data
        return ContactMessage.objects.create(
            name=data["name"], email=data["email"], message=data["message"], page=page
        )
