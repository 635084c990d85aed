"""How an editor translates a page into English with wagtail-localize, as docs/english.md tells it:
«Oversett» → a draft English page → the strings translated (in the editor or as a PO file) →
published; the Norwegian changes → «Synkroniser» → the changed string waits for a translator."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from osloregionen.editorial.roles import EDITOR
from tests.editorial.conftest import make_user
from tests.factories.core import StandardPageFactory

# On the seeded site: a page is translated under the English home page the seed made.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

ENGLISH = {
    "Kraft til kommunene": "Power for the municipalities",
    "kraft-til-kommunene": "power-for-the-municipalities",
    "Om kraft og nett i regionen.": "About power and the grid in the region.",
    "En side laget for en test.": "A page made for a test.",
}


@pytest.fixture
def norwegian_page():
    page = StandardPageFactory(title="Kraft til kommunene", intro="Om kraft og nett i regionen.")
    page.save_revision().publish()
    return page


@pytest.fixture
def editor_client(client):
    client.force_login(make_user("oversetter", EDITOR))
    return client


def submit(client, page) -> Translation:
    english = Locale.objects.get(language_code="en")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [english.pk]},
    )
    assert response.status_code == 302
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=english)


def english_po(client, translation) -> polib.POFile:
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    return polib.pofile(response.content.decode())


def test_an_editor_may_translate_and_the_english_page_starts_as_a_draft(
    editor_client, norwegian_page
):
    translation = submit(editor_client, norwegian_page)
    english = norwegian_page.get_translation(translation.target_locale)
    assert not english.live  # never published as a copy of the Norwegian page
    assert editor_client.get(f"/en/{english.slug}/").status_code == 404


def test_the_strings_are_translated_as_a_po_file_and_published(
    editor_client, norwegian_page, client, django_capture_on_commit_callbacks
):
    translation = submit(editor_client, norwegian_page)
    po = english_po(editor_client, translation)
    assert {entry.msgid for entry in po} == set(ENGLISH)
    for entry in po:
        entry.msgstr = ENGLISH[entry.msgid]
    upload = SimpleUploadedFile(
        "en.po", str(po).encode(), content_type="text/x-gettext-translation"
    )
    response = editor_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload}
    )
    assert response.status_code == 302
    assert translation.get_progress() == (4, 4)

    # The editor's «Publiser» in the translation editor (wagtail-localize publishes on commit).
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    english = Page.objects.get(pk=norwegian_page.get_translation(translation.target_locale).pk)
    assert english.live and english.title == "Power for the municipalities"
    response = client.get("/en/power-for-the-municipalities/")
    assert response.status_code == 200
    assert "About power and the grid in the region." in response.content.decode()
    # The Norwegian page's language switch now leads to it.
    norwegian = client.get(norwegian_page.url).content.decode()
    assert 'href="/en/power-for-the-municipalities/"' in norwegian


def test_a_change_in_the_norwegian_is_synced_and_waits_for_a_translator(
    editor_client, norwegian_page, django_capture_on_commit_callbacks
):
    translation = submit(editor_client, norwegian_page)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            data=ENGLISH[segment.string.data],
        )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    norwegian_page.intro = "Om kraft, nett og energistasjoner i regionen."
    norwegian_page.save_revision().publish()
    source = TranslationSource.objects.get(pk=translation.source_id)
    response = editor_client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]), {}
    )
    assert response.status_code == 302

    po = english_po(editor_client, Translation.objects.get(pk=translation.pk))
    waiting = [entry.msgid for entry in po if not entry.msgstr]
    assert waiting == ["Om kraft, nett og energistasjoner i regionen."]
    assert Translation.objects.get(pk=translation.pk).get_progress() == (4, 3)
