"""The accessibility statement draft follows uustatus.no's structure and links where it should."""

import re

import pytest

pytestmark = pytest.mark.browser

SECTIONS = [
    "Status for nettstedet",
    "Status for hvert krav",
    "Kjente mangler og konsekvenser",
    "Tilbakemelding",
    "Klage og tilsyn",
]
PRINCIPLES = ["Mulig å oppfatte", "Mulig å betjene", "Forståelig", "Robust"]


@pytest.fixture(scope="module")
def statement(live_site) -> str:
    status, html = live_site.fetch("/tilgjengelighet/")
    assert status == 200
    return html


def headings(html: str, level: int) -> list[str]:
    return [
        re.sub(r"<[^>]+>", "", text).strip()
        for text in re.findall(rf"<h{level}\b[^>]*>(.*?)</h{level}>", html, re.S)
    ]


def test_statement_has_the_sections_of_a_uustatus_declaration(statement):
    assert [h for h in headings(statement, 2) if h in SECTIONS] == SECTIONS
    assert headings(statement, 3)[:4] == PRINCIPLES


def test_statement_gives_a_status_for_each_wcag_criterion(statement):
    criteria = re.findall(r"<b>(\d\.\d\.\d+) ", statement)
    assert len(criteria) == len(set(criteria)) == 50  # every A and AA criterion in WCAG 2.1
    assert {"1.4.10", "1.4.13", "2.5.4", "4.1.3"} <= set(criteria)


def test_statement_links_to_uustatus_feedback_and_complaints(statement):
    assert 'href="https://uustatus.no/"' in statement
    assert 'href="/kontakt/"' in statement
    assert 'href="https://www.uutilsynet.no/"' in statement
    assert "Diskrimineringsnemnda" in statement


VERDICTS = ("Oppfylt", "Delvis oppfylt", "Ikke oppfylt", "Ikke aktuelt")
MONTHS = "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"


def test_statement_gives_a_verdict_for_every_criterion(statement):
    rows = re.findall(r"<b>(\d\.\d\.\d+) [^<]*</b>: ([^.]+)\.", statement)
    assert len(rows) == 50
    assert {verdict for _number, verdict in rows} <= set(VERDICTS)


def test_statement_is_dated_with_a_full_date(statement):
    assert re.search(rf"sist oppdatert \d{{1,2}}\. ({MONTHS}) \d{{4}}", statement)


def test_statement_sends_feedback_to_the_contact_form(statement):
    assert re.search(r'<a href="/kontakt/">kontaktskjemaet</a>', statement)


def test_statement_makes_no_claims_about_videos_the_site_does_not_have(statement, live_site):
    # The site embeds no video: no page of the seed content has a video block.
    status, home = live_site.fetch("/")
    assert status == 200 and "block-video" not in home
    assert "Videoene" not in statement


def test_statement_is_linked_from_the_english_section_and_the_error_page(live_site):
    from django.template.loader import render_to_string

    status, english = live_site.fetch("/en/")
    assert status == 200
    # Its English translation, in the English footer.
    assert re.search(r'<a [^>]*href="/en/accessibility/"', english)
    error_page = render_to_string("500.html")
    assert 'href="/tilgjengelighet/"' in error_page
    assert 'href="/kontakt/"' in error_page
