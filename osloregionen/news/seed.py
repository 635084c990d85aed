"""Seed the news index and the articles written from the annual report's dated moments of 2024."""

import datetime
from pathlib import Path

from django.utils.html import escape

from osloregionen.core.seeding import load_facts, paragraph, upsert_page
from projects.models import FocusAreaPage, ProjectPage

from .models import NewsIndexPage, NewsPage

FACTS = load_facts(Path(__file__).parent, "news.json")


def seed(home) -> None:
    index = upsert_page(home, NewsIndexPage, **FACTS["_meta"]["index"])
    focus_areas = {page.slug: page for page in FocusAreaPage.objects.descendant_of(home)}
    projects = {page.slug: page for page in ProjectPage.objects.descendant_of(home)}
    for article in FACTS["articles"]:
        upsert_page(
            index,
            NewsPage,
            article["slug"],
            title=article["title"],
            date=datetime.date.fromisoformat(article["date"]),
            month_only=article["month_only"],
            lead=article["lead"],
            search_description=article["lead"],
            body=[paragraph(f"<p>{escape(text)}</p>") for text in article["body"]],
            focus_areas=[focus_areas[slug] for slug in article["focus_areas"]],
            project=projects.get(article["project"]),
        )
