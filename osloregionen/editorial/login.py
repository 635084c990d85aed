"""Wagtail's login form gives the password field no label, so it shows the English field name."""

from django.utils.translation import gettext_lazy
from wagtail.admin.forms.auth import LoginForm


class NorwegianLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = gettext_lazy("Password")
