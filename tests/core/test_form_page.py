"""Forms the secretariat builds: stored like the contact form, with the same protection."""

import io
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from osloregionen.core.models import FormField, FormPage, StandardPage


@pytest.fixture(autouse=True)
def _clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def survey(home_page):
    page = FormPage(title="Høring om strategiutkastet", slug="horing", intro="Si din mening.")
    page.form_fields = [
        FormField(label="Kommune", field_type="singleline", required=True),
        FormField(label="E-post", field_type="email", required=True),
        FormField(label="Innspill", field_type="multiline", required=True),
        FormField(
            label="Hvor godt liker du utkastet", field_type="radio", choices="Fornøyd\nMisfornøyd"
        ),
    ]
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


VALID = {
    "kommune": "Bærum",
    "e_post": "post@baerum.kommune.no",
    "innspill": "Mer om jernbane, takk.",
    "hvor_godt_liker_du_utkastet": "Fornøyd",
    "samtykke": "on",
}


def test_the_form_renders_with_consent_honeypot_and_a_fieldset(client, survey):
    html = client.get(survey.url).content.decode()
    assert 'name="samtykke"' in html and 'name="nettsted"' in html
    assert "<legend" in html and "Hvor godt liker du utkastet" in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_an_answer_is_stored_without_the_honeypot_and_redirected(client, survey):
    response = client.post(survey.url, VALID)
    assert response.status_code == 302 and response["Location"] == f"{survey.url}takk/"
    submission = FormSubmission.objects.get(page=survey)
    data = submission.get_data()
    assert data["innspill"] == "Mer om jernbane, takk." and data["samtykke"] is True
    assert "nettsted" not in submission.form_data
    assert "Svaret ditt er mottatt" in client.get(response["Location"]).content.decode()


def test_bad_input_is_refused_per_field_and_kept(client, survey):
    response = client.post(survey.url, {**VALID, "e_post": "feil", "kommune": "", "samtykke": ""})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Kryss av for samtykke for å sende skjemaet." in html
    assert html.count('class="ds-validation-message"') == 3
    assert "Mer om jernbane, takk." in html
    assert not FormSubmission.objects.filter(page=survey).exists()


def test_robots_and_floods_are_held_off(client, survey, settings):
    assert client.post(survey.url, {**VALID, "nettsted": "x"}).status_code == 302
    assert not FormSubmission.objects.filter(page=survey).exists()
    settings.VISITOR_FORMS_RATE_LIMITS = {"ip": (1, 600), "email": (100, 600)}
    assert client.post(survey.url, VALID).status_code == 302
    assert client.post(survey.url, VALID).status_code == 429
    assert FormSubmission.objects.filter(page=survey).count() == 1


def test_after_the_deadline_the_form_is_closed(client, survey):
    survey.closes_at = timezone.now() - timedelta(hours=1)
    survey.save_revision().publish()
    html = client.get(survey.url).content.decode()
    assert "Skjemaet er stengt" in html and 'name="samtykke"' not in html
    client.post(survey.url, VALID)
    assert not FormSubmission.objects.filter(page=survey).exists()


def test_answers_are_deleted_after_the_retention_period(survey):
    old = FormSubmission.objects.create(page=survey, form_data={"innspill": "gammelt"})
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - timedelta(days=181)
    )
    FormSubmission.objects.create(page=survey, form_data={"innspill": "nytt"})
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "Slettet 1 skjemasvar" in out.getvalue()
    assert [s.form_data["innspill"] for s in FormSubmission.objects.filter(page=survey)] == ["nytt"]


def test_page_type_rules(home_page, survey):
    assert FormPage in StandardPage.allowed_subpage_models()
    assert FormPage.can_exist_under(home_page)
    assert not survey.allowed_subpage_models()


def test_the_secretariat_reads_the_answers_in_the_admin(admin_client, survey, client):
    client.post(survey.url, VALID)
    response = admin_client.get(f"/admin/forms/submissions/{survey.pk}/")
    assert response.status_code == 200 and "Mer om jernbane" in response.content.decode()
