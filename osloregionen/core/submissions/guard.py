"""Spam protection without third parties: a honeypot field and a rate limit in Django's cache,
per client address and per e-mail address, plus the consent every form asks for."""

import hashlib

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "nettsted"
CONSENT_FIELD = "samtykke"

DEFAULT_CONSENT_TEXT = _(
    "Jeg har lest hvordan Osloregionen behandler personopplysninger, og samtykker i at det jeg "
    "sender, lagres og brukes til dette formålet."
)
RATE_LIMITED_MESSAGE = _(
    "Vi har fått mange innsendinger fra deg på kort tid. Vent noen minutter og prøv igjen. "
    "Det du skrev, står fortsatt i skjemaet."
)


def client_address(request) -> str:
    """The visitor's address; behind the front cache the last hop it added to the header named
    by ``VISITOR_FORMS_CLIENT_IP_HEADER`` (a visitor can only forge the hops before it)."""
    header = getattr(settings, "VISITOR_FORMS_CLIENT_IP_HEADER", None)
    if header and request.META.get(header):
        return request.META[header].split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def _keys(scope: str, request, email: str | None) -> list[tuple[str, int, int]]:
    limits = settings.VISITOR_FORMS_RATE_LIMITS
    subjects = [("ip", client_address(request))]
    if email:
        subjects.append(("email", email.strip().lower()))
    keys = []
    for kind, value in subjects:
        digest = hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()[:32]
        count, window = limits[kind]
        keys.append((f"visitor-forms:{scope}:{kind}:{digest}", count, window))
    return keys


def is_rate_limited(scope: str, request, email: str | None = None) -> bool:
    return any(cache.get(key, 0) >= count for key, count, _window in _keys(scope, request, email))


def record_submission(scope: str, request, email: str | None = None) -> None:
    """Count one accepted submission; only accepted ones count, so a visitor fixing typos is
    never locked out."""
    for key, _count, window in _keys(scope, request, email):
        if cache.add(key, 1, timeout=window):
            continue
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=window)


class ProtectedFormMixin(forms.Form):
    """A honeypot and a required consent box for a visitor's form; ``clean`` refuses a sender
    over the rate limit (``scope`` names the form, so limits of different forms are apart).

    Pass ``request`` to get the rate limit; ``consent_text`` replaces the default wording.
    """

    rate_limit_scope = "form"

    def __init__(self, *args, request=None, consent_text="", **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("La dette feltet stå tomt"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields[CONSENT_FIELD] = forms.BooleanField(
            label=consent_text or DEFAULT_CONSENT_TEXT,
            error_messages={
                "required": _("Kryss av for samtykke for å sende skjemaet."),
            },
        )

        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "ds-input")

    def full_clean(self):
        super().full_clean()
        # Each message is read out with its field: the help text and the error describe it.
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            described = [f"{bound.auto_id}_error"]
            if bound.help_text:
                described.insert(0, f"{bound.auto_id}_helptext")
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(described)

    @property
    def is_spam(self) -> bool:
        """A filled honeypot: a robot. The view answers as if all went well and stores nothing."""
        return bool(self.data.get(self.add_prefix(HONEYPOT_FIELD), "").strip())

    @property
    def email_address(self) -> str | None:
        """The first e-mail field's value: the address the rate limit counts."""
        for name, field in self.fields.items():
            if isinstance(field, forms.EmailField):
                return (getattr(self, "cleaned_data", {}) or {}).get(name) or self.data.get(
                    self.add_prefix(name)
                )
        return None

    @property
    def visible_fields_without_honeypot(self):
        return [field for field in self.visible_fields() if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    def clean(self):
        cleaned = super().clean()
        if self.request is not None and is_rate_limited(
            self.rate_limit_scope, self.request, self.email_address
        ):
            raise forms.ValidationError(RATE_LIMITED_MESSAGE, code="rate_limited")
        return cleaned

    @property
    def is_rate_limited(self) -> bool:
        return any(error.code == "rate_limited" for error in self.non_field_errors().as_data())

    def record(self) -> None:
        if self.request is not None:
            record_submission(self.rate_limit_scope, self.request, self.email_address)
