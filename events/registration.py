"""Signing up for an event on the site: capacity, deadline, waiting list and cancellation.

Each sign-up and cancellation locks the event's row (``select_for_update``), so parallel
sign-ups are counted one after another: the capacity is never exceeded and none is lost.
The sign-ups are reached through the event (``event.registrations``), so the event page can
use this module without it importing the models back.
"""

import logging
from dataclasses import dataclass

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext_lazy as _

from osloregionen.core.submissions.fields import (
    email_field,
    long_text_field,
    name_field,
    text_field,
)
from osloregionen.core.submissions.guard import ProtectedFormMixin

from .choices import RegistrationStatus

logger = logging.getLogger(__name__)
TOKEN_SALT = "events.registration"


class State:
    OPEN = "open"
    WAITING_LIST = "waiting_list"  # full, new sign-ups go on the waiting list
    FULL = "full"
    CLOSED = "closed"


@dataclass(frozen=True)
class Availability:
    state: str
    confirmed: int
    capacity: int | None

    @property
    def places_left(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.confirmed, 0)

    @property
    def accepts_sign_ups(self) -> bool:
        return self.state in (State.OPEN, State.WAITING_LIST)


def availability(event, now) -> Availability | None:
    """Where sign-up stands for ``event``; None when it takes no sign-ups on the site."""
    if not event.registration_open:
        return None
    confirmed = event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    closed = (
        event.is_cancelled
        or event.start <= now
        or (event.registration_deadline is not None and event.registration_deadline <= now)
    )
    if closed:
        state = State.CLOSED
    elif event.capacity is not None and confirmed >= event.capacity:
        state = State.WAITING_LIST if event.waiting_list else State.FULL
    else:
        state = State.OPEN
    return Availability(state, confirmed, event.capacity)


class RegistrationForm(ProtectedFormMixin, forms.Form):
    rate_limit_scope = "event-registration"

    name = name_field()
    email = email_field(
        help_text=_("Bekreftelsen og lenken for å melde deg av sendes hit."),
        required_message=_("Skriv e-postadressen din, så vi kan sende deg bekreftelsen."),
    )
    organisation = text_field(
        _("Organisasjon eller kommune"),
        required_message=_("Skriv hvilken organisasjon eller kommune du kommer fra."),
        too_long_message=_("Organisasjonen kan være høyst %(limit_value)d tegn."),
        autocomplete="organization",
    )
    needs = long_text_field(
        _("Behov for mat eller tilrettelegging"),
        help_text=_("For eksempel allergier, vegetarmat, rullestolplass eller tolk."),
        max_length=1000,
        too_long_message=_(
            "Skriv høyst %(limit_value)d tegn om behovene; teksten er nå %(show_value)d tegn."
        ),
        rows=3,
    )


def register(event, form: RegistrationForm):
    """Sign up, confirmed or on the waiting list; ValidationError when that is not possible.

    Call inside a transaction: the event's row stays locked until it commits.
    """
    event.lock_sign_ups()
    now = timezone.now()
    state = availability(event, now)
    if state is None or state.state == State.CLOSED:
        raise ValidationError(_("Påmeldingen til dette arrangementet er stengt."), code="closed")
    if state.state == State.FULL:
        raise ValidationError(_("Arrangementet er fullt."), code="full")
    data = form.cleaned_data
    email = data["email"].strip().lower()
    active = event.registrations.exclude(status=RegistrationStatus.CANCELLED)
    if active.filter(email=email).exists():
        raise ValidationError(
            {"email": _("Denne e-postadressen er allerede meldt på arrangementet.")}
        )
    registration = event.registrations.create(
        name=data["name"],
        email=email,
        organisation=data["organisation"],
        needs=data["needs"],
        status=(
            RegistrationStatus.CONFIRMED
            if state.state == State.OPEN
            else RegistrationStatus.WAITING
        ),
    )
    transaction.on_commit(lambda: send_receipt(registration))
    return registration


def cancel(registration) -> None:
    """Cancel a sign-up; a freed place goes to the first on the waiting list."""
    event = registration.event
    with transaction.atomic():
        event.lock_sign_ups()
        registration.refresh_from_db()
        if registration.status == RegistrationStatus.CANCELLED:
            return
        freed = registration.status == RegistrationStatus.CONFIRMED
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        if not freed:
            return
        promoted = (
            event.registrations.filter(status=RegistrationStatus.WAITING)
            .order_by("created_at", "pk")
            .first()
        )
        if promoted is not None:
            promoted.status = RegistrationStatus.CONFIRMED
            promoted.save(update_fields=["status"])
            transaction.on_commit(lambda: send_receipt(promoted))


def token(registration) -> str:
    """``<pk>-<signature>``: Wagtail's page URLs take letters, digits, ``-`` and ``_`` only, so
    not the ``:`` of ``signing.dumps``."""
    signature = signing.Signer(salt=TOKEN_SALT).signature(str(registration.pk))
    return f"{registration.pk}-{signature}"


def from_token(event, value: str):
    pk, _, signature = value.partition("-")
    if not pk.isascii() or not pk.isdigit() or len(pk) > 18:
        return None
    expected = signing.Signer(salt=TOKEN_SALT).signature(pk)
    if not constant_time_compare(signature, expected):
        return None
    return event.registrations.filter(pk=int(pk)).first()


def send_receipt(registration) -> None:
    """The confirmation (or the waiting-list notice) with the cancellation link. A mail failure
    is logged: the sign-up is stored and its receipt page shows the same link."""
    event = registration.event
    context = {
        "registration": registration,
        "event": event,
        "receipt_url": event.registration_url_for(registration, full=True),
    }
    subject = render_to_string("pages/events/registration_email_subject.txt", context).strip()
    try:
        send_mail(
            subject,
            render_to_string("pages/events/registration_email.txt", context),
            None,
            [registration.email],
        )
    except Exception as error:  # any mail failure: the sign-up itself stands
        logger.warning("Kunne ikke sende bekreftelse for påmelding %s: %s", registration.pk, error)
