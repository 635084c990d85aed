"""The contact form on /kontakt/: stored first, e-mailed after, spam and bad input refused."""

import io
import smtplib
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Site

from osloregionen.core.models import ContactMessage, SiteSettings
from tests.factories import ContactPageFactory

URL = "/kontakt/"
VALID = {
    "name": "Kari Nordmann",
    "email": "kari@kommune.no",
    "message": "Hvordan blir kommunen vår med i faggruppen?",
    "samtykke": "on",
}


@pytest.fixture(autouse=True)
def _clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def contact_page(db):
    return ContactPageFactory(title="Kontakt", slug="kontakt")


def site_settings() -> SiteSettings:
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """POST as the site would: the e-mail goes out once the stored message is committed."""

    def send(data, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(URL, data, **extra)

    return send


@pytest.fixture
def recipient(db):
    settings = site_settings()
    settings.contact_recipient = "sekretariat@osloregionen.no"
    settings.save()
    return settings.contact_recipient


def test_the_form_is_on_the_contact_page_with_csrf_and_consent(client, post, db):
    html = client.get(URL).content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="samtykke"' in html
    assert 'name="nettsted"' in html  # the honeypot, in a hidden block
    assert "<div hidden>" in html


def test_a_message_is_stored_mailed_and_the_visitor_redirected(client, post, recipient):
    response = post(VALID)
    assert response.status_code == 302
    assert response["Location"] == "/kontakt/takk/"
    message = ContactMessage.objects.get()
    assert message.email == "kari@kommune.no" and message.is_sent
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [recipient]
    assert mail.outbox[0].reply_to == ["kari@kommune.no"]
    assert "faggruppen" in mail.outbox[0].body
    thanks = client.get(response["Location"]).content.decode()
    assert "Meldingen er mottatt" in thanks


def test_bad_input_gets_a_norwegian_message_per_field_and_keeps_what_was_written(client, post, db):
    response = client.post(
        URL, {"name": "", "email": "ikke-en-adresse", "message": "Hei der", "samtykke": ""}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Skriv navnet ditt." in html
    assert "Skriv en gyldig e-postadresse, for eksempel navn@kommune.no." in html
    assert "Kryss av for samtykke for å sende skjemaet." in html
    assert "Hei der" in html  # nothing the visitor wrote is lost
    assert 'aria-invalid="true"' in html
    assert ContactMessage.objects.count() == 0


def test_too_long_messages_and_nul_bytes_are_refused_without_a_500(client, post, db):
    response = post({**VALID, "message": "x" * 5001})
    assert response.status_code == 400
    assert "Meldingen kan være høyst 5000 tegn; den er nå 5001 tegn." in response.content.decode()
    response = post({**VALID, "name": "Kari\x00"})
    assert response.status_code == 400
    assert ContactMessage.objects.count() == 0


def test_a_filled_honeypot_is_answered_as_success_and_nothing_is_stored(client, post, db):
    response = post({**VALID, "nettsted": "http://spam.example"})
    assert response.status_code == 302
    assert ContactMessage.objects.count() == 0
    assert mail.outbox == []


def test_the_rate_limit_per_address_holds_off_a_flood(client, post, recipient, settings):
    settings.VISITOR_FORMS_RATE_LIMITS = {"ip": (100, 600), "email": (2, 600)}
    assert post(VALID).status_code == 302
    assert post(VALID).status_code == 302
    response = post(VALID)
    assert response.status_code == 429
    assert "Vent noen minutter" in response.content.decode()
    assert ContactMessage.objects.count() == 2
    # Another address from elsewhere is not held back.
    other = {**VALID, "email": "ola@kommune.no"}
    assert post(other, REMOTE_ADDR="10.0.0.9").status_code == 302


def test_the_rate_limit_per_client_address(client, post, recipient, settings):
    settings.VISITOR_FORMS_RATE_LIMITS = {"ip": (1, 600), "email": (100, 600)}
    assert post(VALID).status_code == 302
    assert post({**VALID, "email": "ola@kommune.no"}).status_code == 429
    assert post(VALID, REMOTE_ADDR="10.0.0.9").status_code == 302


def test_nothing_is_lost_when_the_mail_server_is_down(client, post, recipient):
    failure = smtplib.SMTPConnectError(421, "Service not available")
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=failure):
        response = post(VALID)
    assert response.status_code == 302  # the visitor is told the message arrived: it did
    message = ContactMessage.objects.get()
    assert not message.is_sent
    assert message.send_attempts == 1 and "Service not available" in message.last_error
    assert mail.outbox == []

    call_command("send_contact_messages", stdout=io.StringIO())
    message.refresh_from_db()
    assert message.is_sent and message.send_attempts == 2
    assert len(mail.outbox) == 1


def test_without_a_recipient_the_message_waits_for_one(client, post, db):
    settings = site_settings()
    settings.contact_recipient = ""
    settings.email = ""
    settings.save()
    post(VALID)
    message = ContactMessage.objects.get()
    assert not message.is_sent and "mottaker" in message.last_error


def test_old_messages_are_deleted_after_the_retention_period(db):
    settings = site_settings()
    settings.contact_retention_days = 30
    settings.save()
    now = timezone.now()
    old = ContactMessage.objects.create(
        name="A", email="a@b.no", message="x", created_at=now - timedelta(days=31)
    )
    recent = ContactMessage.objects.create(
        name="B", email="b@b.no", message="y", created_at=now - timedelta(days=29)
    )
    call_command("purge_personal_data", stdout=io.StringIO())
    assert not ContactMessage.objects.filter(pk=old.pk).exists()
    assert ContactMessage.objects.filter(pk=recent.pk).exists()


def test_the_secretariat_reads_messages_in_the_admin_but_cannot_edit_them(
    client, django_user_model, db
):
    from django.contrib.auth.models import Group

    message = ContactMessage.objects.create(name="Kari", email="k@k.no", message="Hei")
    editor = django_user_model.objects.create_user("red", "red@example.com", "pw")
    editor.groups.add(Group.objects.get(name="Redaktør"))
    client.force_login(editor)
    listing = client.get("/admin/contact_messages/")
    assert listing.status_code == 200
    assert "Kari" in listing.content.decode()
    assert client.get(f"/admin/contact_messages/inspect/{message.pk}/").status_code == 200
    assert client.get(f"/admin/contact_messages/edit/{message.pk}/").status_code in (302, 403)
    assert client.get("/admin/contact_messages/new/").status_code in (302, 403)
