"""Seed /organisasjon/saker/: the cases of 2024, each with the organs that handled it."""

from datetime import date

from osloregionen.core.seeding import upsert_page

from .models import CaseIndexPage, CasePage, CaseStep, MeetingPage


def seed_cases(organisation, organs: dict, facts: dict) -> CaseIndexPage:
    index = upsert_page(organisation, CaseIndexPage, **facts["index"])
    for case in facts["cases"]:
        steps = [_step(organs[step["organ"]], step) for step in case["steps"]]
        upsert_page(
            index,
            CasePage,
            case["slug"],
            title=case["title"],
            year=case["year"],
            answers=case.get("answers", ""),
            steps=steps,
        )
    return index


def _step(organ, step: dict) -> CaseStep:
    meeting = None
    if step.get("meeting_date"):
        meeting = MeetingPage.objects.descendant_of(organ).get(
            date=date.fromisoformat(step["meeting_date"])
        )
    return CaseStep(organ=organ, meeting=meeting, decision=step.get("decision", ""))
