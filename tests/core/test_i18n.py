"""The public site's catalogues (locale/nb, locale/en) and the English frame under /en/."""

import gettext
import io
import re
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from wagtail.models import Site

from osloregionen.core.site_settings import SiteSettings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w+\}")


def _catalogue(language: str):
    path = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    with path.open("rb") as po:
        return read_po(po, locale=language)


def _messages(catalogue):
    return [message for message in catalogue if message.id]


def _forms(value) -> list[str]:
    return list(value) if isinstance(value, (list, tuple)) else [value]


# (a) The catalogues


@pytest.mark.parametrize("language", ["nb", "en"])
def test_catalogue_has_no_fuzzy_entries_and_two_plural_forms(language):
    catalogue = _catalogue(language)
    assert not catalogue.fuzzy, f"{language}: the header is marked fuzzy"
    fuzzy = [message.id for message in _messages(catalogue) if message.fuzzy]
    assert fuzzy == [], f"{language}: fuzzy entries: {fuzzy}"
    assert catalogue.num_plurals == 2
    assert catalogue.plural_expr.replace(" ", "") == "(n!=1)"
    assert str(catalogue.locale) == language


@pytest.mark.parametrize("language", ["nb", "en"])
def test_catalogue_compiles_and_loads(language):
    catalogue = _catalogue(language)
    problems = [(message.id, errors) for message, errors in catalogue.check()]
    assert problems == []
    buffer = io.BytesIO()
    write_mo(buffer, catalogue)
    buffer.seek(0)
    plural = gettext.GNUTranslations(buffer).ngettext  # not called by name: xgettext would list it
    expected = {"nb": "%(counter)s nyheter", "en": "%(counter)s news items"}[language]
    assert plural("%(counter)s nyhet", "%(counter)s nyheter", 2) == expected


def test_both_catalogues_hold_the_same_messages():
    def ids(language):
        return {
            message.id if isinstance(message.id, str) else tuple(message.id)
            for message in _messages(_catalogue(language))
        }

    assert ids("nb") == ids("en")
    assert len(ids("en")) > 200


def test_every_english_entry_is_translated_with_its_placeholders():
    messages = _messages(_catalogue("en"))
    untranslated = [message.id for message in messages if not all(_forms(message.string))]
    assert untranslated == []
    mismatched = []
    for message in messages:
        sources = _forms(message.id)
        for index, text in enumerate(_forms(message.string)):
            source = sources[min(index, len(sources) - 1)]
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                mismatched.append((source, text))
    assert mismatched == []


def test_english_plurals_have_both_forms():
    plurals = [message for message in _messages(_catalogue("en")) if message.pluralizable]
    assert plurals
    for message in plurals:
        singular, plural = message.string
        assert singular and plural and singular != plural, message.id


def test_english_uses_the_agreed_terms():
    translations = {
        message.id: message.string
        for message in _messages(_catalogue("en"))
        if isinstance(message.id, str)
    }
    assert translations["Hopp til hovedinnhold"] == "Skip to main content"
    assert translations["Søk"] == "Search"
    assert translations["Innsatsområder"] == "Focus areas"
    assert translations["Arrangementer"] == "Events"
    assert translations["Om nettstedet"] == "About this website"


def test_norwegian_header_names_the_language():
    text = (LOCALE_DIR / "nb" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    assert '"Language: nb\\n"' in text
    assert '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"' in text


# (b) and (c) The pages, rendered with the compiled catalogues (`make messages`)


@pytest.fixture
def footer_settings(db, home_page):
    site_settings = SiteSettings.for_site(Site.objects.get(root_page=home_page))
    site_settings.phone = "22 00 00 00"
    site_settings.newsletter_url = "https://example.org/nyhetsbrev"
    site_settings.save()
    return site_settings


@pytest.mark.django_db
def test_english_home_shows_the_frame_in_english(client, footer_settings):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    for text in (
        "Skip to main content",
        ">Search<",
        "Search the website",
        "Inter-municipal political council",
        "About this website",
        "Follow us",
        "Sign up for the newsletter",
        "Telephone",
    ):
        assert text in html, text
    for text in ("Hopp til hovedinnhold", "Om nettstedet", "Følg oss", "Meld deg på nyhetsbrevet"):
        assert text not in html, text


@pytest.mark.django_db
def test_norwegian_home_shows_the_frame_in_norwegian(client, footer_settings):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nb"' in html
    for text in ("Hopp til hovedinnhold", "Søk på nettstedet", "Om nettstedet", "Følg oss"):
        assert text in html, text
    assert "Skip to main content" not in html


@pytest.mark.django_db
def test_english_not_found_page_is_in_english(client):
    response = client.get("/en/finnes-ikke/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "Page not found" in html
    assert "The page you are looking for does not exist" in html
    assert "Go to the home page" in html
    assert "Fant ikke siden" not in html


@pytest.mark.django_db
def test_norwegian_not_found_page_is_in_norwegian(client):
    response = client.get("/finnes-ikke/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="nb"' in html
    assert "Fant ikke siden" in html
    assert "Page not found" not in html
