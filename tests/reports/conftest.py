import json
from pathlib import Path

import pytest

from reports.models import AnnualReportPage, PublicationIndexPage

SEED_DATA = Path(__file__).resolve().parents[2] / "reports" / "seed_data"


def load_seed(name: str):
    with (SEED_DATA / name).open(encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture
def library(db) -> PublicationIndexPage:
    return PublicationIndexPage.objects.get(slug="publikasjoner")


@pytest.fixture
def annual_report(db) -> AnnualReportPage:
    return AnnualReportPage.objects.get(slug="arsrapport-2024")
