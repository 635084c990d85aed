"""No guessing passwords: lockout of the admin login and page-password form, and the policy."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from wagtail.models import PageViewRestriction

from osloregionen.core.passwords import client_ip
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

LIMIT = 5


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("redaktor", "r@example.com", "riktig-passord-123")


def _login(client, username, password, address="10.0.0.1"):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


def _assert_locked(response):
    assert response.status_code == 429
    assert "For mange forsøk" in response.content.decode()
    assert response["Retry-After"] == "900"


def test_admin_login_locks_after_five_failures_even_for_the_right_password(client, editor):
    for _ in range(LIMIT - 1):
        assert _login(client, "redaktor", "feil").status_code == 200
    _assert_locked(_login(client, "redaktor", "feil"))
    _assert_locked(_login(client, "redaktor", "riktig-passord-123"))


def test_the_right_password_before_the_limit_logs_in(client, editor):
    for _ in range(LIMIT - 1):
        _login(client, "redaktor", "feil")
    assert _login(client, "redaktor", "riktig-passord-123").status_code == 302


def test_lockout_by_account_across_addresses(client, editor):
    for number in range(LIMIT):
        _login(client, "redaktor", "feil", address=f"10.0.1.{number}")
    _assert_locked(_login(client, "redaktor", "riktig-passord-123", address="10.0.2.1"))


def test_lockout_by_address_across_accounts(client, editor):
    for number in range(LIMIT):
        _login(client, f"bruker{number}", "feil", address="10.0.3.1")
    _assert_locked(_login(client, "redaktor", "riktig-passord-123", address="10.0.3.1"))
    assert _login(client, "redaktor", "riktig-passord-123", address="10.0.3.2").status_code == 302


def test_page_password_form_locks_after_five_failures(client):
    page = StandardPageFactory(title="Styrenotat", intro="Notatet fra styret.")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig-ord"
    )
    url = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    data = {"password": "feil", "return_url": page.url}
    for _ in range(LIMIT - 1):
        assert client.post(url, data).status_code == 200
    _assert_locked(client.post(url, data))
    _assert_locked(client.post(url, {**data, "password": "hemmelig-ord"}))
    assert client.get(page.url).status_code == 200  # still the password form, not the page
    body = client.get(page.url).content.decode()
    assert "hemmelig" not in body and "Notatet fra styret." not in body


def test_page_password_form_lets_the_right_password_through(client):
    page = StandardPageFactory(title="Styrenotat", intro="Notatet fra styret.")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig-ord"
    )
    url = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    response = client.post(url, {"password": "hemmelig-ord", "return_url": page.url})
    assert response.status_code == 302
    assert "Notatet fra styret." in client.get(page.url).content.decode()


@pytest.mark.parametrize(
    "password", ["Sommer2024", "Passord123!", "Vinter2023", "Norge123", "Sommer2024!!", "kort"]
)
def test_weak_and_common_norwegian_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_long_uncommon_password_is_accepted():
    validate_password("elg fjord kaffe lampe")


def test_common_norwegian_password_message_is_norwegian():
    with pytest.raises(ValidationError) as error:
        validate_password("Velkommen2025!")
    assert "for vanlig" in " ".join(error.value.messages)


def test_client_address_behind_a_trusted_proxy(settings):
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.9.9.9", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7"
    )
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.9.9.9"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "203.0.113.7"


def test_password_reset_is_not_offered_without_a_mail_server(client):
    # The test settings have no EMAIL_HOST, like a server whose mail is not set up.
    assert client.get("/admin/password_reset/").status_code == 404
    assert "password_reset" not in client.get("/admin/login/").content.decode()


def test_password_reset_is_offered_with_a_mail_server(client, settings):
    settings.WAGTAIL_PASSWORD_RESET_ENABLED = True
    assert client.get("/admin/password_reset/").status_code == 200
