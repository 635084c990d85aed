"""Editors get a clear message in the admin, not a 500."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from governance.models import MeetingPage
from tests.factories import PartyFactory, PersonFactory

pytestmark = pytest.mark.django_db


def meeting_form(agenda):
    return nested_form_data(
        {
            "title": "Styremøte 2. mars 2031",
            "slug": "2031-03-02",
            "date": "2031-03-02",
            "status": "planlagt",
            "guests": inline_formset([]),
            "agenda_items": inline_formset(
                [
                    {"case_number": number, "title": title, "documents": streamfield([])}
                    for number, title in agenda
                ]
            ),
            "documents": inline_formset([]),
            "comments": inline_formset([]),
        }
    )


def add_meeting(admin_client, styret_meetings, agenda):
    url = reverse("wagtailadmin_pages:add", args=("governance", "meetingpage", styret_meetings.pk))
    return admin_client.post(url, meeting_form(agenda))


def test_duplicate_case_number_is_refused_with_a_clear_message(admin_client, styret_meetings):
    response = add_meeting(
        admin_client, styret_meetings, [("12/31", "Budsjett"), ("12/31", "Regnskap")]
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Saksnummeret 12/31 står flere ganger i sakslisten." in html
    assert not MeetingPage.objects.filter(slug="2031-03-02").exists()


def test_agenda_without_case_numbers_is_accepted(admin_client, styret_meetings):
    response = add_meeting(admin_client, styret_meetings, [("", "Orientering"), ("", "Eventuelt")])
    assert response.status_code == 302
    meeting = MeetingPage.objects.get(slug="2031-03-02")
    assert [item.title for item in meeting.agenda_items.all()] == ["Orientering", "Eventuelt"]


def test_malformed_case_number_is_explained(admin_client, styret_meetings):
    response = add_meeting(admin_client, styret_meetings, [("sak 12", "Budsjett")])
    assert response.status_code == 200
    assert "for eksempel 12/24" in response.content.decode()


def organ_form(page, membership):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "kind": page.kind,
            "intro": page.intro,
            "mandate": rich_text("<p>Mandat</p>"),
            "composition": rich_text(""),
            "body": streamfield([]),
            "memberships": inline_formset([membership]),
            "yearly_summaries": inline_formset([]),
            "comments": inline_formset([]),
        }
    )


def test_end_date_before_start_date_is_refused_in_the_admin(admin_client, styret):
    person = PersonFactory()
    data = organ_form(
        styret,
        {
            "person": person.pk,
            "role": "medlem",
            "start_date": "2024-05-01",
            "end_date": "2024-04-01",
        },
    )
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=(styret.pk,)), data)
    assert response.status_code == 200
    assert "Sluttdatoen kan ikke være før startdatoen." in response.content.decode()
    assert not styret.memberships.exists()


@pytest.mark.indexed
@pytest.mark.parametrize(
    ("model", "query", "found", "other"),
    [
        ("person", "Baik", "Målfrid Baik", "Ola Nordmann"),
        ("party", "Høyre", "Høyre", "Senterpartiet"),
    ],
)
def test_snippets_are_listed_and_searchable(admin_client, model, query, found, other):
    PersonFactory(name="Målfrid Baik")
    PersonFactory(name="Ola Nordmann")
    PartyFactory(name="Høyre", abbreviation="H")
    PartyFactory(name="Senterpartiet", abbreviation="Sp")
    url = reverse(f"wagtailsnippets_governance_{model}:list")
    listing = admin_client.get(url)
    assert listing.status_code == 200
    assert found in listing.content.decode() and other in listing.content.decode()
    response = admin_client.get(url, {"q": query})
    assert response.status_code == 200
    assert found in response.content.decode()
    assert other not in response.content.decode()
