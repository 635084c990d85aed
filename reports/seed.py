"""Seed the publication library: the 2024 annual report with its chapters, and the publications it names."""

import json
from datetime import date
from pathlib import Path

from governance.models import CasePage, MeetingPage, OrganPage
from osloregionen.core.seeding import load_facts, paragraph, upsert_page
from projects.models import FocusAreaPage, ProjectPage

from .models import (
    AnnualReportChapterPage,
    AnnualReportPage,
    KeyFigure,
    PublicationIndexPage,
    PublicationPage,
    SurveyResult,
)

APP_DIR = Path(__file__).parent
CHAPTERS_FILE = APP_DIR / "seed_data" / "annual_report_chapters.json"
FACTS = load_facts(APP_DIR, "publications.json")
REPORT_FACTS = load_facts(APP_DIR, "annual_report_2024.json")
CASES = load_facts(APP_DIR, "publication_cases.json")["cases"]

MONTHS = [
    "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember",
]  # fmt: skip
# Units that only say what kind of value it is; the formatted value already shows that.
UNITS_SHOWN_BY_VALUE = {"dato", "måned", "periode"}


def seed(home) -> PublicationIndexPage:
    index = upsert_page(home, PublicationIndexPage, **FACTS["index"])
    focus_areas = {page.slug: page for page in FocusAreaPage.objects.filter(locale=home.locale)}
    projects = {page.slug: page for page in ProjectPage.objects.filter(locale=home.locale)}
    organ_slugs = {
        facts["adopted_by"] for facts in FACTS["publications"] if facts.get("adopted_by")
    }
    organs = {
        page.slug: page
        for page in OrganPage.objects.filter(locale=home.locale, slug__in=organ_slugs)
    }
    seed_annual_report(index, focus_areas)
    cases = {
        page.slug: page
        for page in CasePage.objects.filter(locale=home.locale, slug__in=CASES.values())
    }
    for facts in FACTS["publications"]:
        seed_publication(
            index, facts, focus_areas, projects, organs, cases.get(CASES.get(facts["slug"]))
        )
    return index


def seed_publication(
    index, facts: dict, focus_areas: dict, projects: dict, organs: dict, case=None
) -> PublicationPage:
    return upsert_page(
        index,
        PublicationPage,
        facts["slug"],
        title=facts["title"],
        kind=facts["kind"],
        date=date.fromisoformat(facts["date"]),
        date_precision=facts["date_precision"],
        responds_to=facts.get("responds_to", ""),
        recipient=facts.get("recipient", ""),
        external_url=facts.get("external_url", ""),
        search_description=facts["summary"],
        body=[paragraph(html) for html in facts["body"]],
        focus_areas=[focus_areas[slug] for slug in facts["focus_areas"] if slug in focus_areas],
        project=projects.get(facts["project"]),
        case=case,
        **_adoption(facts, organs),
    )


def _adoption(facts: dict, organs: dict) -> dict:
    """The organ that treated the publication, its meeting when it has a page, and the date."""
    organ = organs.get(facts.get("adopted_by"))
    adopted_date = date.fromisoformat(facts["adopted_date"]) if facts.get("adopted_date") else None
    meeting = None
    if organ is not None and adopted_date is not None:
        meeting = MeetingPage.objects.descendant_of(organ).filter(date=adopted_date).first()
    return {"adopted_by": organ, "adopted_at_meeting": meeting, "adopted_date": adopted_date}


def seed_annual_report(index, focus_areas: dict) -> AnnualReportPage:
    facts = FACTS["annual_report"]
    foreword = REPORT_FACTS["foreword"]
    survey = REPORT_FACTS["member_survey_2024"]
    content = load_chapters()
    written_foreword = content.get("foreword", {})
    report = upsert_page(
        index,
        AnnualReportPage,
        facts["slug"],
        title=facts["title"],
        report_year=REPORT_FACTS["report"]["year"],
        date=date.fromisoformat(facts["date"]),
        date_precision=facts["date_precision"],
        search_description=facts["search_description"],
        foreword_author=written_foreword.get("author", foreword["author"]),
        foreword_role=written_foreword.get("role", ", ".join(foreword["author_titles"])),
        foreword_place_date=written_foreword.get("place_date", foreword["place_and_date"]),
        foreword=written_foreword.get("body", []),
        survey_title=survey["name"],
        survey_intro=facts["survey_intro"],
        key_figures=[
            KeyFigure(value=_figure_value(row["value"]), unit=_figure_unit(row), label=row["label"])
            for row in REPORT_FACTS["key_numbers"]
        ],
        survey_results=[
            SurveyResult(group=row["group"], label=row["label"], percent=row["percent"])
            for row in survey["figures"]
        ],
        focus_areas=[focus_areas[slug] for slug in facts["focus_areas"] if slug in focus_areas],
    )
    for chapter in content.get("chapters", []):
        upsert_page(
            report,
            AnnualReportChapterPage,
            chapter["slug"],
            title=chapter["title"],
            search_description=chapter["summary"],
            body=chapter["body"],
        )
    return report


def load_chapters() -> dict:
    """The report written as web content; absent while the content writer works, then no chapters."""
    if not CHAPTERS_FILE.exists():
        return {}
    with CHAPTERS_FILE.open(encoding="utf-8") as handle:
        return json.load(handle)


def _figure_value(value) -> str:
    """Key numbers come as numbers, ISO dates or lists; editors see them as Norwegian text."""
    if isinstance(value, list):
        items = [str(item) for item in value]
        return f"{', '.join(items[:-1])} og {items[-1]}" if len(items) > 1 else "".join(items)
    text = str(value)
    parts = text.split("-")
    if len(parts) == 3 and all(part.isdigit() for part in parts):
        day = date.fromisoformat(text)
        return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
    if len(parts) == 2 and len(parts[0]) == 4 and len(parts[1]) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2 and all(len(part) == 4 for part in parts):
        return f"{parts[0]}–{parts[1]}"
    return text


def _figure_unit(row: dict) -> str:
    unit = row.get("unit") or ""
    return "" if unit in UNITS_SHOWN_BY_VALUE else unit
