"""Every page of the seeded site reads as published text: no notes about the source, no
placeholders for what the source does not say, no generated filler."""

import re

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

FORBIDDEN = {
    "a note on where the report says it": re.compile(
        r"brødteksten|arrangementslisten|\(forordet\)|\bforordet\b|bildetekst|står ved siden av"
        r"|\bavvik\b|i kilden",
        re.IGNORECASE,
    ),
    "a placeholder for an unknown value": re.compile(
        r"ikke kjent|ikke oppgitt|ukjent dato|dato mangler", re.IGNORECASE
    ),
    "two spellings of a name": re.compile(r"\b[A-ZÆØÅ][a-zæøå]+/[A-ZÆØÅ][a-zæøå]+\b"),
    "two dates for one thing": re.compile(r"\(\d{1,2}\./\d{1,2}\.? "),
    "a sentence fragment": re.compile(r"[^.]\.\.(?!\.)(\s|<|$)"),
    "a generated membership sentence": re.compile(r"kommune i [A-ZÆØÅ]\w+ er medlem av"),
    "a claim of «now» for a 2024 composition": re.compile(r"Medlemmer nå"),
    "a closed meeting announced as a fact": re.compile(r"Åpent for publikum\s*Nei"),
    "an inconsistent name": re.compile(r"Youtube|Best-konferansen|\(SP\)"),
}
# Listings that are not pages of their own.
EXTRA_ADDRESSES = ["/arrangementer/tidligere/", "/sok/?q=osloregionen"]


def visible_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style", "template"]):
        element.decompose()
    meta = [tag.get("content", "") for tag in soup.find_all("meta") if tag.get("name")]
    return " ".join([soup.get_text(" "), *meta])


def seeded_addresses() -> list[str]:
    pages = Page.objects.live().public().filter(depth__gt=1).specific().order_by("path")
    return [url for page in pages if (url := page.get_url())] + EXTRA_ADDRESSES


@pytest.mark.django_db
@pytest.mark.usefixtures("seeded_site")
def test_no_page_of_the_seeded_site_shows_source_notes_or_placeholders(client):
    findings = []
    addresses = seeded_addresses()
    assert len(addresses) > 200  # the whole site: 65 members, events, projects, reports ...
    for address in addresses:
        response = client.get(address)
        assert response.status_code == 200, address
        text = re.sub(r"\s+", " ", visible_text(response.content.decode()))
        for problem, pattern in FORBIDDEN.items():
            for match in pattern.finditer(text):
                context = text[max(0, match.start() - 60) : match.end() + 60]
                findings.append(f"{address}: {problem}: …{context}…")
    assert not findings, "\n".join(findings)


def test_the_checks_catch_what_they_are_for():
    """The patterns match the wording the fact-checker found, so the site test can fail."""
    examples = {
        "a note on where the report says it": "Moss (21. april i brødteksten / 21. mai i "
        "arrangementslisten)",
        "a placeholder for an unknown value": "mai 2024 (dagen er ikke kjent)",
        "two spellings of a name": "Jon Eivind/Eivin Svagård",
        "two dates for one thing": "Verksted med Mosseregionen (30./20. oktober)",
        "a sentence fragment": "før de legges frem for styret.. Neste",
        "a generated membership sentence": "Oslo kommune i Oslo er medlem av Osloregionen.",
        "a claim of «now» for a 2024 composition": "Medlemmer nå (16 personer)",
        "a closed meeting announced as a fact": "Åpent for publikum Nei",
        "an inconsistent name": "opptak på Youtube",
    }
    for problem, text in examples.items():
        assert FORBIDDEN[problem].search(text), problem
    assert not FORBIDDEN["two spellings of a name"].search("EU/EØS og klima/natur")
    assert not FORBIDDEN["a sentence fragment"].search("Les mer … og så videre.")
