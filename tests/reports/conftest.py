import json
from pathlib import Path

import pytest

from osloregionen.core.seeding import seed_data
from reports.models import AnnualReportPage, PublicationIndexPage
from tests.factories import AnnualReportPageFactory, PublicationIndexPageFactory

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
