"""The interface of the English pages is English: choice labels, headings, links and sentences
around the content, dates and the sub-page addresses. Content (titles, names of Norwegian
organisations, places and people) is what the editors wrote and is not judged here.

The sweep renders one English page of each page type from the seed and looks for the site's own
Norwegian interface strings: each msgid of ``locale/en`` whose English differs, and each choice
label, as a whole text of the page (a heading, a label, a link, an attribute), or a sentence
made from a msgid with placeholders («Alle saker i %(organ)s»). Text marked as Norwegian
(``lang="nb"``, the language switch) is left out.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.apps import apps
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, get_page_models

from governance.naming import in_sentence

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")
TEXT_ATTRIBUTES = ("aria-label", "title", "alt", "placeholder")
# The words that read the same in both languages (or are names) are not missed translations.
SAME_IN_BOTH = {"Norsk"}


class VisibleText(HTMLParser):
    """The texts a reader meets: text nodes and the text attributes, outside scripts, styles and
    elements marked as another language than English."""

    SKIPPED = {"script", "style", "template", "svg"}
    VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}

    def __init__(self):
        super().__init__()
        self.texts: list[str] = []
        self._stack: list[bool] = []  # per open element: whether its text is left out

    def _skipping(self) -> bool:
        return any(self._stack)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        language = (attributes.get("lang") or "").lower()
        skip = tag in self.SKIPPED or (bool(language) and not language.startswith("en"))
        if not (skip or self._skipping()):
            self.texts += [attributes[name] for name in TEXT_ATTRIBUTES if attributes.get(name)]
        if tag not in self.VOID:
            self._stack.append(skip)

    def handle_endtag(self, tag):
        if tag not in self.VOID and self._stack:
            self._stack.pop()

    def handle_data(self, data):
        text = " ".join(data.split())
        if text and not self._skipping():
            self.texts.append(text)


def visible_texts(html: str) -> list[str]:
    parser = VisibleText()
    parser.feed(html)
    texts = []
    for text in parser.texts:
        # «Politisk organ · Valgt av …», «Medlem,»: the pieces a line is made of.
        pieces = [piece.strip(" ·,:;()–-") for piece in re.split(r" · |, ", text)]
        texts += [text, text.strip(" ·,:;()–-"), *pieces]
    return [text for text in texts if text]


def _pattern(msgid: str) -> re.Pattern:
    parts = PLACEHOLDER.split(msgid)
    return re.compile("^" + ".+?".join(re.escape(part) for part in parts) + "$")


def norwegian_interface():
    """(exact strings, sentence patterns): the interface in Norwegian, where English differs."""
    with CATALOGUE.open("rb") as po:
        catalogue = read_po(po, locale="en")
    exact, patterns = set(), []
    for message in catalogue:
        if not message.id:
            continue
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        msgstr = message.string if isinstance(message.string, str) else message.string[0]
        if msgid == msgstr or msgid in SAME_IN_BOTH:
            continue
        if PLACEHOLDER.search(msgid):
            # Only sentences with some words of their own: «%(amount)s kr» would match content.
            if len(PLACEHOLDER.sub("", msgid).strip()) >= 8:
                patterns.append((msgid, _pattern(msgid), _pattern(msgstr)))
        else:
            exact.add(msgid)
    with translation.override("nb"):
        for model in apps.get_models():
            for field in model._meta.get_fields():
                for value, label in getattr(field, "choices", None) or []:
                    if isinstance(label, str) or not value:
                        continue  # a plain string is not translated (the counties' names)
                    with translation.override("en"):
                        english = str(label)
                    if english != str(label):
                        exact.add(str(label))
    return exact, patterns


def norwegian_found(html: str) -> list[str]:
    exact, patterns = norwegian_interface()
    found = []
    for text in visible_texts(html):
        if text in exact:
            found.append(text)
            continue
        for msgid, norwegian, english in patterns:
            if norwegian.match(text) and not english.match(text):
                found.append(f"{text}  ({msgid})")
    return sorted(set(found))


def english_sample() -> list[str]:
    """One live English page of each page type in the seed."""
    urls = []
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.live().filter(locale__language_code="en").order_by("path").first()
        if page is not None:
            urls.append(page.url)
    return urls


# The English pages of the seeded site.
pytestmark = pytest.mark.usefixtures("seeded_site")


@pytest.fixture
def html(client):
    def get(url: str) -> str:
        response = client.get(url)
        assert response.status_code == 200, url
        return response.content.decode()

    return get


@pytest.mark.django_db
def test_every_english_page_type_has_an_english_interface(html):
    urls = english_sample() + [
        "/en/sok/?q=energy",
        "/en/events/past/",
        "/en/events/past/?ar=2024",
        "/en/organisation/board/",
        "/en/organisation/secretariat/",
        "/en/organisation/board/meetings/2024-06-24/",
        "/en/organisation/cases/action-plan-2025/",
        "/en/focus-areas/energy/",
    ]
    assert len(urls) > 25
    problems = {url: found for url in urls if (found := norwegian_found(html(url)))}
    assert problems == {}


@pytest.mark.django_db
def test_the_sweep_finds_the_norwegian_interface(html):
    """The Norwegian organ page read as if it were English: the sweep sees its interface."""
    page = html("/organisasjon/styret/").replace('<html lang="nb"', '<html lang="en"', 1)
    found = norwegian_found(page)
    for norwegian in ("Politisk organ", "Varamedlem", "Saker", "Avholdt", "Hopp til hovedinnhold"):
        assert norwegian in found, norwegian
    assert "Alle saker i styret  (Alle saker i %(organ)s)" in found


@pytest.mark.django_db
def test_an_organ_page_in_english(html):
    texts = visible_texts(html("/en/organisation/board/"))
    for norwegian in ("Politisk organ", "Leder", "Nestleder", "Varamedlem", "Avholdt", "Saker"):
        assert norwegian not in texts, norwegian
    for english in (
        "Political body",
        "Chair",
        "Deputy member",
        "Held",
        "Cases",
        "All cases of the Board",
        "All meetings of the Board",
        "Board – news from Osloregionen (RSS)",
    ):
        assert english in texts, english
    assert not any(text.endswith(" of board") for text in texts)
    secretariat = visible_texts(html("/en/organisation/secretariat/"))
    assert "Administrative body" in secretariat and "Acting Director" in secretariat
    assert "Konstituert direktør" not in secretariat


@pytest.mark.django_db
def test_the_same_organ_page_in_norwegian(html):
    page = html("/organisasjon/styret/")
    for norwegian in ("Politisk organ", "Varamedlem", "Alle saker i styret", "Alle møter i styret"):
        assert norwegian in page, norwegian
    assert "Political body" not in page and "Deputy member" not in page


@pytest.mark.django_db
def test_meetings_and_cases_in_english(html):
    meeting = html("/en/organisation/board/meetings/2024-06-24/")
    assert "Monday 24 June 2024" in meeting
    assert "Held" in meeting and "Avholdt" not in meeting
    assert "Request access to the documents" in meeting
    case = html("/en/organisation/cases/action-plan-2025/")
    for english in ("Consideration", "Outcome", "The meeting of 18 December 2024"):
        assert english in case, english
    assert "Behandling" not in case and "Møtet" not in case
    assert "Slik ber du om innsyn" not in html("/en/organisation/access-to-documents/")


@pytest.mark.django_db
def test_projects_focus_areas_events_and_publications_in_english(html):
    projects = html("/en/projects/")
    assert "Ongoing" in projects and "Pågår" not in projects
    areas = html("/en/focus-areas/")
    assert "Focus area" in areas and "Cross-cutting theme" in areas
    assert "Innsatsområde" not in areas and "Tverrgående tema" not in areas
    events = html("/en/events/past/")
    assert "Breakfast meeting" in events and "Careers event" in events
    assert "Frokostmøte" not in events and "Karrierearrangement" not in events
    publications = html("/en/publications/")
    assert "Consultation response / statement" in publications
    assert "Høringssvar / uttalelse" not in publications


@pytest.mark.django_db
def test_the_calendar_filter_offers_the_focus_areas_in_the_page_language(html):
    english = html("/en/events/")
    assert ">Climate and environment</option>" in english
    assert ">Klima og miljø</option>" not in english
    norwegian = html("/arrangementer/")
    assert ">Klima og miljø</option>" in norwegian
    assert ">Climate and environment</option>" not in norwegian


@pytest.mark.django_db
def test_the_calendar_lists_the_open_meetings_in_its_own_language(html):
    english = html("/en/events/past/?ar=2024")
    assert "Meeting of the Council of Representatives, 18 December 2024" in english
    assert "Open meeting of the Council of Representatives" in english
    assert "Representantskapsmøte" not in english
    norwegian = html("/arrangementer/tidligere/?ar=2024")
    assert "Åpent møte i representantskapet" in norwegian
    assert "Meeting of the Council of Representatives" not in norwegian


@pytest.mark.django_db
def test_search_names_the_types_of_content_in_english(html):
    page = html("/en/sok/?q=energy")
    assert ">Events<" in page and ">Publications<" in page and ">News items<" in page
    assert ">Arrangementer<" not in page and ">Publikasjoner<" not in page
    texts = visible_texts(page)
    assert "Event" in texts and "Arrangement" not in texts


def _english_event(slug: str, **fields):
    from datetime import datetime

    from events.dates import OSLO
    from events.models import EventIndexPage
    from tests.factories import EventPageFactory

    event = EventPageFactory(
        parent=EventIndexPage.objects.get(locale__language_code="en"),
        slug=slug,
        title=slug.replace("-", " ").capitalize(),
        start=datetime(2030, 6, 3, 9, tzinfo=OSLO),
        **fields,
    )
    event.save_revision().publish()
    return event


@pytest.mark.django_db
def test_english_calendar_file_names_the_kinds_in_english(client):
    _english_event("breakfast-on-transport", kind="frokostmote")
    body = client.get("/en/events/kalender.ics").content.decode()
    assert "CATEGORIES:Breakfast meeting" in body
    assert "CATEGORIES:Frokostmøte" not in body


def test_dates_read_the_english_way():
    from datetime import datetime

    from events.dates import OSLO, when_text
    from osloregionen.core.dates import DatePrecision, date_text

    start, end = datetime(2024, 5, 23, tzinfo=OSLO), datetime(2024, 5, 24, tzinfo=OSLO)
    with translation.override("en"):
        assert when_text(start, end, True, DatePrecision.DAY) == "23–24 May 2024"
        assert date_text(start.date(), DatePrecision.DAY) == "23 May 2024"
        assert when_text(start.replace(hour=9), None, False, DatePrecision.DAY) == (
            "23 May 2024 at 09:00"
        )
    with translation.override("nb"):
        assert when_text(start, end, True, DatePrecision.DAY) == "23.–24. mai 2024"
        assert date_text(start.date(), DatePrecision.DAY) == "23. mai 2024"


def test_an_organ_in_a_sentence():
    with translation.override("nb"):
        assert in_sentence("Styret") == "styret"
        assert in_sentence("Interessepolitisk utvalg (IPU)") == "interessepolitisk utvalg (IPU)"
        assert in_sentence("IPU") == "IPU"
    with translation.override("en"):
        assert in_sentence("Board") == "Board"


# The sub-page addresses


@pytest.mark.django_db
def test_past_events_have_an_english_address(client, html):
    assert 'href="/en/events/past/"' in html("/en/events/")
    assert "Past events" in html("/en/events/past/")
    assert client.get("/arrangementer/tidligere/").status_code == 200
    old = client.get("/en/events/tidligere/?ar=2024")
    assert old.status_code == 308 and old["Location"] == "/en/events/past/?ar=2024"
    # And the English word on a Norwegian page leads to its Norwegian address.
    assert client.get("/arrangementer/past/")["Location"] == "/arrangementer/tidligere/"


@pytest.mark.django_db
def test_reverse_subpage_follows_the_page_language_not_the_request():
    from events.models import EventIndexPage

    english = EventIndexPage.objects.get(locale__language_code="en")
    norwegian = EventIndexPage.objects.get(locale__language_code="nb")
    for language in ("nb", "en"):
        with translation.override(language):
            assert english.reverse_subpage("past_view") == "past/"
            assert norwegian.reverse_subpage("past_view") == "tidligere/"


@pytest.mark.django_db
def test_contact_form_thanks_at_an_english_address(client):
    assert client.get("/en/contact/thank-you/").status_code == 200
    assert client.get("/kontakt/takk/").status_code == 200
    assert client.get("/en/contact/takk/")["Location"] == "/en/contact/thank-you/"


@pytest.mark.django_db
def test_signing_up_for_an_english_event(client, django_capture_on_commit_callbacks):
    event = _english_event("seminar-with-registration", registration_open=True, capacity=5)
    page = client.get(event.url).content.decode()
    assert f'action="{event.url}registration/"' in page
    data = {"name": "Kari Nordmann", "email": "kari@example.org", "organisation": "Asker"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{event.url}registration/", {**data, "samtykke": "on"})
    assert response.status_code == 302
    receipt = response["Location"]
    assert receipt.startswith(f"{event.url}registration/")
    page = client.get(receipt).content.decode()
    assert f"{event.url}cancellation/" in page
    # A receipt link with the Norwegian words (as sent before) still arrives.
    old = receipt.replace("/registration/", "/pamelding/")
    assert client.get(old)["Location"] == receipt
