"""Wagtail's login form gives the password field no label, so it shows the English field name,
and its fields no ``autocomplete``, so password managers and autofill (WCAG 1.3.5) cannot tell
the user name from the password."""

from django.utils.translation import gettext_lazy
from wagtail.admin.forms.auth import LoginForm


class NorwegianLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = gettext_lazy("Password")
        self.fields["username"].widget.attrs["autocomplete"] = "username"
        self.fields["password"].widget.attrs["autocomplete"] = "current-password"
