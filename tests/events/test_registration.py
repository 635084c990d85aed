"""Signing up for an event on the site: capacity, waiting list, deadline and cancellation."""

import io
from datetime import datetime, timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from events.models import Registration, RegistrationStatus

FUTURE = datetime(2030, 6, 3, 9, 0)


@pytest.fixture(autouse=True)
def _clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def event(make_event):
    return make_event("seminar-med-pamelding", FUTURE, registration_open=True, capacity=2)


@pytest.fixture
def sign_up(client, django_capture_on_commit_callbacks):
    def post(event, email, **fields):
        data = {
            "name": "Kari Nordmann",
            "email": email,
            "organisation": "Asker kommune",
            "samtykke": "on",
            **fields,
        }
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"{event.url}pamelding/", data, REMOTE_ADDR=email)

    return post


def test_the_event_page_shows_the_form_and_places_left(client, event):
    html = client.get(event.url).content.decode()
    assert 'name="organisation"' in html and 'name="samtykke"' in html
    assert "2 ledige plasser" in html


def test_sign_ups_fill_the_places_then_the_waiting_list(client, event, sign_up):
    first = sign_up(event, "a@kommune.no", needs="Vegetar")
    assert first.status_code == 302
    receipt = client.get(first["Location"])
    assert receipt.status_code == 200 and "er påmeldt" in receipt.content.decode()
    assert receipt["Cache-Control"].startswith("private") or "no-store" in receipt["Cache-Control"]
    sign_up(event, "b@kommune.no")
    third = sign_up(event, "c@kommune.no")
    assert "står på venteliste" in client.get(third["Location"]).content.decode()
    statuses = list(event.registrations.order_by("pk").values_list("status", flat=True))
    assert statuses == ["bekreftet", "bekreftet", "venteliste"]
    assert [m.to for m in mail.outbox] == [["a@kommune.no"], ["b@kommune.no"], ["c@kommune.no"]]
    assert "/avmelding/" not in mail.outbox[0].body  # the link goes to the receipt first
    assert f"{event.url}pamelding/" in mail.outbox[0].body
    assert "Fullt" in client.get(event.url).content.decode()


def test_without_a_waiting_list_a_full_event_takes_no_more(client, event, sign_up):
    event.waiting_list = False
    event.save_revision().publish()
    sign_up(event, "a@kommune.no")
    sign_up(event, "b@kommune.no")
    html = client.get(event.url).content.decode()
    assert "Fullt" in html and 'name="organisation"' not in html
    response = sign_up(event, "c@kommune.no")
    assert response.status_code == 400
    assert "Arrangementet er fullt." in response.content.decode()
    assert event.registrations.count() == 2


def test_cancelling_frees_the_place_for_the_first_on_the_waiting_list(client, event, sign_up):
    receipt_url = sign_up(event, "a@kommune.no")["Location"]
    sign_up(event, "b@kommune.no")
    sign_up(event, "c@kommune.no")
    cancel_url = receipt_url.replace("/pamelding/", "/avmelding/")
    # A GET (a mail program opening the link) only asks.
    assert "Ja, meld meg av" in client.get(cancel_url).content.decode()
    assert Registration.objects.get(email="a@kommune.no").status == "bekreftet"
    mail.outbox.clear()

    response = client.post(cancel_url)
    assert response.status_code == 302
    assert Registration.objects.get(email="a@kommune.no").status == RegistrationStatus.CANCELLED
    assert Registration.objects.get(email="c@kommune.no").status == RegistrationStatus.CONFIRMED
    assert "er meldt av" in client.get(response["Location"]).content.decode()


def test_a_forged_or_foreign_token_is_a_404(client, event, make_event, sign_up):
    receipt_url = sign_up(event, "a@kommune.no")["Location"]
    assert client.get(f"{event.url}pamelding/tull/").status_code == 404
    assert client.get(f"{event.url}avmelding/{'x' * 40}/").status_code == 404
    other = make_event("annet-arrangement", FUTURE)
    token = receipt_url.rstrip("/").rsplit("/", 1)[-1]
    assert client.get(f"{other.url}pamelding/{token}/").status_code == 404


def test_bad_input_gets_a_norwegian_message_per_field(client, event, sign_up):
    response = sign_up(event, "ikke-en-adresse", name="", organisation="", samtykke="")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Skriv navnet ditt." in html
    assert "Skriv en gyldig e-postadresse, for eksempel navn@kommune.no." in html
    assert "Skriv hvilken organisasjon eller kommune du kommer fra." in html
    assert "Kryss av for samtykke for å sende skjemaet." in html
    assert event.registrations.count() == 0


def test_the_same_address_signs_up_once(event, sign_up):
    sign_up(event, "a@kommune.no")
    response = sign_up(event, "A@Kommune.no")
    assert response.status_code == 400
    assert "allerede meldt på" in response.content.decode()


def test_after_the_deadline_sign_up_is_closed(client, event, sign_up):
    event.registration_deadline = timezone.now() - timedelta(minutes=1)
    event.save_revision().publish()
    html = client.get(event.url).content.decode()
    assert "Påmeldingen er stengt." in html and 'name="organisation"' not in html
    response = sign_up(event, "a@kommune.no")
    assert response.status_code == 400
    assert event.registrations.count() == 0


def test_a_get_to_the_sign_up_address_goes_back_to_the_event(client, event):
    response = client.get(f"{event.url}pamelding/")
    assert response.status_code == 302 and response["Location"] == event.url


def test_the_page_rules_for_sign_up(event):
    from django.core.exceptions import ValidationError

    event.registration_url = "https://skjema.example/pamelding"
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "Velg én måte å melde seg på" in str(error.value)


def test_personal_data_is_deleted_a_set_time_after_the_event(make_event):
    past = make_event("gammelt-arrangement", datetime(2024, 1, 10, 9, 0), registration_open=True)
    Registration.objects.create(
        event=past, name="A", email="a@b.no", organisation="X", status="bekreftet"
    )
    upcoming = make_event("nytt-arrangement", FUTURE, registration_open=True)
    Registration.objects.create(
        event=upcoming, name="B", email="b@b.no", organisation="X", status="bekreftet"
    )
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "Slettet 1 påmeldinger" in out.getvalue()
    assert list(Registration.objects.values_list("email", flat=True)) == ["b@b.no"]


def test_the_organiser_lists_and_exports_the_sign_ups(admin_client, event, sign_up):
    sign_up(event, "a@kommune.no", needs="Glutenfritt")
    listing = admin_client.get(f"/admin/event_registrations/?event={event.pk}")
    assert listing.status_code == 200 and "a@kommune.no" in listing.content.decode()
    export = admin_client.get(f"/admin/event_registrations/?event={event.pk}&export=csv")
    assert export.status_code == 200
    body = (
        b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    )
    assert "Glutenfritt" in body and "a@kommune.no" in body


def test_a_sign_up_stands_when_the_mail_server_is_down(client, event, sign_up):
    import smtplib
    from unittest import mock

    failure = smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
    with mock.patch("events.registration.send_mail", side_effect=failure):
        response = sign_up(event, "a@kommune.no")
    assert response.status_code == 302
    assert event.registrations.get().status == RegistrationStatus.CONFIRMED
    # The receipt page shows the cancellation link the e-mail would have carried.
    assert "/avmelding/" in client.get(response["Location"]).content.decode()


def test_the_secretariat_reads_the_list_but_cannot_edit_it(client, event, sign_up, db):
    from django.contrib.auth.models import Group, User

    sign_up(event, "a@kommune.no")
    registration = event.registrations.get()
    editor = User.objects.create_user("red", "red@example.com", "pw")
    editor.groups.add(Group.objects.get(name="Redaktør"))
    client.force_login(editor)
    assert "a@kommune.no" in client.get("/admin/event_registrations/").content.decode()
    assert client.get(f"/admin/event_registrations/edit/{registration.pk}/").status_code in (
        302,
        403,
    )
    assert client.get(f"/admin/event_registrations/delete/{registration.pk}/").status_code in (
        302,
        403,
    )
