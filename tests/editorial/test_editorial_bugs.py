"""The editorial bugs from the secretariat's trial: empty speakers, file-name alt text, dashboard dates."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.blocks import StructBlockValidationError
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.blocks import SPEAKER_WITHOUT_NAME, ProgrammeBlock, SpeakersBlock
from events.models import EventPage
from osloregionen.core.blocks import AccessibleImageBlock
from osloregionen.editorial import dashboard
from osloregionen.editorial.content_checks import ALT_TEXT_IS_FILE_NAME, looks_like_file_name
from tests.factories import EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db
OSLO = ZoneInfo("Europe/Oslo")


# An empty speaker sub-item


def programme(*speakers):
    return {
        "start": "09:00",
        "end": "09:30",
        "title": "Velkommen",
        "description": "",
        "speakers": list(speakers),
    }


def test_an_empty_speaker_in_a_programme_slot_is_dropped_not_an_error():
    block = ProgrammeBlock()
    value = block.clean(
        block.to_python(
            [
                {
                    "type": "slot",
                    "value": programme(
                        {"name": "", "role": ""}, {"name": "Kari Nordmann", "role": "ordfører"}
                    ),
                }
            ]
        )
    )
    speakers = value[0].value["speakers"]
    assert [speaker["name"] for speaker in speakers] == ["Kari Nordmann"]


def test_a_speaker_with_a_role_but_no_name_gets_a_clear_norwegian_error():
    block = ProgrammeBlock()
    with pytest.raises(ValidationError) as error:
        block.clean(
            block.to_python(
                [{"type": "slot", "value": programme({"name": " ", "role": "ordfører"})}]
            )
        )
    assert SPEAKER_WITHOUT_NAME in str(error.value.as_json_data())


def test_an_empty_speaker_in_the_speakers_list_is_dropped():
    block = SpeakersBlock()
    value = block.clean(
        block.to_python(
            [
                {"type": "speaker", "value": {"name": "", "role": ""}},
                {"type": "speaker", "value": {"name": "Ola", "role": ""}},
            ]
        )
    )
    assert [child.value["name"] for child in value] == ["Ola"]


# A file name as alt text


@pytest.fixture
def image(db):
    return get_image_model().objects.create(title="Rådhuset", file=get_test_image_file())


@pytest.mark.parametrize(
    ("alt", "file_name"),
    [
        ("IMG_1234.jpg", True),
        ("DSC0042", True),
        ("bilde.png", True),
        ("radhuset_2024", True),
        ("Oslo rådhus sett fra fjorden", False),
        ("", False),
    ],
)
def test_file_name_rule_matches_the_checker(alt, file_name):
    assert looks_like_file_name(alt) is file_name


def test_a_file_name_alt_text_stops_publishing_but_not_a_draft(image):
    block = AccessibleImageBlock()
    raw = {"image": image.pk, "decorative": False, "alt_text": "IMG_1234.jpg"}
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(raw))
    assert ALT_TEXT_IS_FILE_NAME in str(error.value.as_json_data())

    block.defer_required_validation()
    try:
        assert block.clean(block.to_python(raw)).contextual_alt_text == "IMG_1234.jpg"
    finally:
        block.restore_deferred_validation()

    decorative = {"image": image.pk, "decorative": True, "alt_text": ""}
    assert block.clean(block.to_python(decorative)).decorative


def _page_form(page, image, alt_text, action=None):
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": streamfield(
            [("image", {"image": image.pk, "decorative": "", "alt_text": alt_text})]
        ),
        "seo_title": "",
        "search_description": "En side med et bilde.",
        "listing_image": "",
        "comments": inline_formset([]),
    }
    if action:
        data[f"action-{action}"] = "1"
    return nested_form_data(data)


def test_the_page_editor_refuses_to_publish_a_file_name_alt_text(
    client, approver, published_page, image
):
    page = published_page
    client.force_login(approver)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(url, _page_form(page, image, "IMG_1234.jpg", action="publish"))
    assert response.status_code == 200
    assert ALT_TEXT_IS_FILE_NAME in response.content.decode()
    page.refresh_from_db()
    assert not any(block.block_type == "image" for block in page.body)

    draft = client.post(url, _page_form(page, image, "IMG_1234.jpg"))
    assert draft.status_code == 302
    page.refresh_from_db()
    assert page.has_unpublished_changes

    fixed = client.post(url, _page_form(page, image, "Oslo rådhus", action="publish"))
    assert fixed.status_code == 302
    page.refresh_from_db()
    assert [block.value.contextual_alt_text for block in page.body] == ["Oslo rådhus"]


def test_an_image_description_that_is_a_file_name_is_refused(client, approver, image):
    client.force_login(approver)
    response = client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {
            "title": image.title,
            "description": "IMG_1234.jpg",
            "collection": image.collection_id,
            "tags": "",
        },
    )
    assert response.status_code == 200
    assert ALT_TEXT_IS_FILE_NAME in response.content.decode()


# Dashboard dates in Europe/Oslo


@pytest.fixture
def past_event(db):
    index = EventIndexPageFactory()
    # Another event of that June, already followed up: its date must not be shown instead.
    EventPageFactory(
        parent=index,
        start=datetime(2024, 6, 13, 10, tzinfo=OSLO),
        recording_url="https://www.youtube.com/watch?v=x",
    )

    def make(slug, start, **fields):
        event = EventPage(title=slug, slug=slug, start=start, **fields)
        index.add_child(instance=event)
        event.save_revision().publish()
        return event

    return make


@pytest.mark.parametrize(
    ("start", "fields", "shown"),
    [
        # An all-day event counts as past from the midnight after it, 13 June in Oslo.
        (datetime(2024, 6, 12, tzinfo=OSLO), {"all_day": True}, "12. juni 2024"),
        # 00:30 in Oslo is still 11 June in UTC.
        (
            datetime(2024, 6, 12, 0, 30, tzinfo=OSLO),
            {"end": datetime(2024, 6, 12, 1, 30, tzinfo=OSLO)},
            "12. juni 2024",
        ),
    ],
)
def test_the_dashboard_shows_an_events_date_in_oslo(
    client, approver, past_event, start, fields, shown
):
    event = past_event("morgenmote-i-juni", start, **fields)
    assert event.pk in [e.pk for e in dashboard.past_events_missing_follow_up(datetime.now(OSLO))]
    client.force_login(approver)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert shown in html
    assert "13. juni 2024" not in html and "11. juni 2024" not in html
