import html
import json
import re
from pathlib import Path

import pytest

from osloregionen.core.seeding import seed_data
from reports.models import AnnualReportPage, PublicationIndexPage
from tests.factories import AnnualReportPageFactory, PublicationIndexPageFactory

LIBRARY = "/publikasjoner/"

# The facts extracted from the annual report (a copy of the shared seed data), to check the site
# against its source. The seed itself loads the page-shaped reports/seed_data/pages.json.
REPORT_FACTS = Path(__file__).resolve().parent / "data" / "annual_report_2024.json"


def report_facts() -> dict:
    with REPORT_FACTS.open(encoding="utf-8") as handle:
        return json.load(handle)


def seeded(model: str) -> list[dict]:
    """The ``fields`` of every ``reports.<model>`` entry in the seed data."""
    return [
        e["fields"] for e in seed_data("reports", "pages.json") if e["type"] == f"reports.{model}"
    ]


def seeded_children(model: str, relation: str) -> list[dict]:
    entry = next(e for e in seed_data("reports", "pages.json") if e["type"] == f"reports.{model}")
    return entry["children"][relation]


@pytest.fixture
def library(db) -> PublicationIndexPage:
    """/publikasjoner/, empty."""
    return PublicationIndexPageFactory(title="Publikasjoner", slug="publikasjoner")


@pytest.fixture
def annual_report(library) -> AnnualReportPage:
    """/publikasjoner/arsrapport-2024/, without chapters."""
    return AnnualReportPageFactory(
        parent=library, title="Årsrapport 2024", slug="arsrapport-2024", report_year=2024
    )


def titles_in(page: str) -> list[str]:
    return [
        html.unescape(title)
        for title in re.findall(r'<h3 class="ds-heading"[^>]*>\s*<a [^>]*>([^<]+)</a>', page)
    ]


def all_listed_titles(client, query: str = "") -> list[str]:
    """The titles on every page of the library's list (with ``query``), until a 404."""
    titles, number = [], 1
    while True:
        response = client.get(f"{LIBRARY}?{query}&page={number}")
        if response.status_code == 404:
            return titles
        assert response.status_code == 200, (query, number, response.status_code)
        titles += titles_in(response.content.decode())
        number += 1
