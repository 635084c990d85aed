"""Password guessing: lockout of the admin login and the page-password form, and the policy.

django-axes counts failed logins by account and by address (``AXES_LOCKOUT_PARAMETERS``); the
page-password form (Wagtail's ``authenticate_with_password``) never calls ``authenticate()``, so
it is wrapped here and reports its failures to axes with the restriction as the «account».
"""

from pathlib import Path

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib.auth.password_validation import CommonPasswordValidator
from django.contrib.auth.signals import user_login_failed
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext
from wagtail import views as wagtail_views

NORWEGIAN_PASSWORDS = Path(__file__).with_name("common_passwords_nb.txt")


def client_ip(request) -> str:
    """The visitor's address: behind ``TRUSTED_PROXY_COUNT`` proxies (Varnish) the address the
    nearest trusted proxy saw, else the connection's own address. Addresses further left in
    X-Forwarded-For are the client's own claim and never trusted."""
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def locked_out(request, original_response=None, credentials=None) -> HttpResponse:
    """429 with a Norwegian message and ``Retry-After``, for every locked-out form."""
    cool_off = get_cool_off(request)
    minutes = int(cool_off.total_seconds() // 60) if cool_off else None
    response = HttpResponse(
        render_to_string("429.html", {"minutes": minutes}, request=request), status=429
    )
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response


def _page_password_credentials(page_view_restriction_id) -> dict:
    return {settings.AXES_USERNAME_FORM_FIELD: f"sidepassord:{page_view_restriction_id}"}


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's page-password view, counted and locked like a login."""
    credentials = _page_password_credentials(page_view_restriction_id)
    if request.method == "POST" and AxesProxyHandler.is_locked(request, credentials):
        return locked_out(request, credentials=credentials)
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    # Wagtail redirects when the password is right and shows the form again when it is wrong.
    if request.method == "POST" and response.status_code == 200:
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
    return response


class NorwegianCommonPasswordValidator(CommonPasswordValidator):
    """Django's list of 20,000 common passwords plus Norwegian ones («Sommer2024», «Passord123!»)."""

    def __init__(self, password_list_path=CommonPasswordValidator.DEFAULT_PASSWORD_LIST_PATH):
        super().__init__(password_list_path)
        lines = NORWEGIAN_PASSWORDS.read_text(encoding="utf-8").splitlines()
        self.passwords |= {line.strip().lower() for line in lines if line.strip()}

    def get_error_message(self):
        return gettext(
            "Passordet er for vanlig. Velg en lengre setning eller en tilfeldig kombinasjon."
        )
