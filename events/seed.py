"""Seed the calendar with the dated events of the 2024 annual report.

Board, council and committee meetings are left out (governance seeds them as meetings), and so are
events the report gives no date for: a calendar cannot place them.
"""

import re
from datetime import date
from pathlib import Path

from members.models import MunicipalityPage
from osloregionen.core.seeding import load_facts, paragraph, upsert_page
from projects.models import FocusAreaPage, ProjectPage

from . import dates
from .models import Attendance, DatePrecision, EventIndexPage, EventKind, EventPage

APP_DIR = Path(__file__).parent
FACTS = load_facts(APP_DIR, "events_2024.json")
LINKS = load_facts(APP_DIR, "event_links.json")["links"]

GOVERNANCE_MEETINGS = {
    "styremøte",
    "representantskapsmøte",
    "utvalgsmøte (interessepolitisk utvalg)",
}
KIND_BY_TYPE = {
    "besøk": EventKind.BESOK,
    "møte": EventKind.MOTE,
    "høring": EventKind.HORING,
    "frokostmøte": EventKind.FROKOSTMOTE,
}
INDEX = {
    "slug": "arrangementer",
    "title": "Arrangementer",
    "intro": "Seminarer, webinarer, workshoper og konferanser fra Osloregionen, og åpne møter i "
    "representantskapet og styret. Abonner på kalenderen, eller finn opptak og presentasjoner "
    "fra tidligere arrangementer.",
    "search_description": "Kommende og tidligere arrangementer i Osloregionen, med kalender "
    "du kan abonnere på.",
}
# Sentences in the notes that comment on the source rather than describe the event.
SOURCE_COMMENT = re.compile(
    r"kilde|bildetekst|foto:|oppgitt|kunnskap|vurdert|tolkning|brødtekst|arrangementslist|antatt"
    r"|skrives|stavet|uttrekk|usikker|kun nevnt|knyttes tematisk|sted fra|dato fra|omtalt",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!?»)])\s+(?=[A-ZÆØÅ«0-9])")
PERSON_WITH_ROLE = re.compile(r"^(?P<name>[^(]+?)\s*\((?P<role>.+)\)$")


def calendar_facts() -> list[dict]:
    """The events that belong in the calendar: dated, and not a governance meeting."""
    return [
        event
        for event in FACTS["events"]
        if event["date_precision"] in (DatePrecision.DAY, DatePrecision.MONTH)
        and event["category"] not in GOVERNANCE_MEETINGS
    ]


def seed(home) -> EventIndexPage:
    index = upsert_page(home, EventIndexPage, **INDEX)
    focus_areas = {page.title: page for page in FocusAreaPage.objects.all()}
    projects = {page.title: page for page in ProjectPage.objects.all()}
    municipalities = {page.title: page for page in MunicipalityPage.objects.all()}
    for facts in calendar_facts():
        links = LINKS[facts["id"]]
        upsert_page(
            index,
            EventPage,
            facts["id"],
            **_event_fields(facts, links),
            municipality=municipalities.get(links["municipality"]),
            project=projects.get(links["project"]),
            focus_areas=[focus_areas[facts["focus_area"]]]
            if facts["focus_area"] in focus_areas
            else [],
        )
    return index


def _event_fields(facts: dict, links: dict) -> dict:
    precision = facts["date_precision"]
    if precision == DatePrecision.MONTH:
        start_day = date.fromisoformat(facts["month"] + "-01")
    else:
        start_day = date.fromisoformat(facts["date"])
    kind = KIND_BY_TYPE.get(facts["type"], facts["type"])
    sentences = _description(facts, links)
    fields = {
        "title": facts["title"],
        "kind": kind if kind in EventKind.values else EventKind.ANNET,
        "start": dates.local_midnight(start_day),
        "end": dates.local_midnight(date.fromisoformat(facts["date_end"]))
        if facts["date_end"]
        else None,
        "all_day": True,
        "date_precision": precision,
        "attendance": Attendance.ONLINE if facts["online"] else Attendance.IN_PERSON,
        "venue": facts["place"] or "",
        "organisers": "\n".join(facts["organisers"]),
        "partners": "\n".join(facts["partners"]),
        "intro": sentences[0] if sentences else "",
        "body": [paragraph(f"<p>{' '.join(sentences[1:])}</p>")] if len(sentences) > 1 else [],
        "speakers": [{"type": "speaker", "value": _speaker(text)} for text in facts["people"]],
    }
    fields["search_description"] = fields["intro"][:300]
    return fields


def _description(facts: dict, links: dict) -> list[str]:
    if links.get("description"):
        return [links["description"]]
    sentences = SENTENCE_END.split(facts["notes"] or "")
    return [s for s in sentences if s and not SOURCE_COMMENT.search(s)]


def _speaker(text: str) -> dict:
    match = PERSON_WITH_ROLE.match(text)
    if match is None:
        return {"name": text, "role": ""}
    return {"name": match["name"], "role": match["role"]}
