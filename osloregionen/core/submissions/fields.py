"""The fields visitor forms share, each with a Norwegian message for every way it can be wrong."""

from django import forms
from django.utils.translation import gettext_lazy as _


def text_field(label, *, required_message, too_long_message, autocomplete=None, max_length=200):
    """A one-line text field, e.g. a name or an organisation."""
    attrs = {"autocomplete": autocomplete} if autocomplete else {}
    return forms.CharField(
        label=label,
        max_length=max_length,
        error_messages={"required": required_message, "max_length": too_long_message},
        widget=forms.TextInput(attrs=attrs),
    )


def name_field():
    return text_field(
        _("Navn"),
        required_message=_("Skriv navnet ditt."),
        too_long_message=_("Navnet kan være høyst %(limit_value)d tegn."),
        autocomplete="name",
    )


def email_field(*, help_text, required_message):
    return forms.EmailField(
        label=_("E-post"),
        help_text=help_text,
        max_length=254,
        error_messages={
            "required": required_message,
            "invalid": _("Skriv en gyldig e-postadresse, for eksempel navn@kommune.no."),
            "max_length": _("E-postadressen kan være høyst %(limit_value)d tegn."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


def long_text_field(label, *, max_length, too_long_message, required_message=None, **kwargs):
    """A text area; optional unless ``required_message`` is given."""
    messages = {"max_length": too_long_message}
    if required_message:
        messages["required"] = required_message
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=bool(required_message),
        error_messages=messages,
        widget=forms.Textarea(attrs={"rows": kwargs.pop("rows", 4)}),
        **kwargs,
    )
