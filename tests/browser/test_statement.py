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
