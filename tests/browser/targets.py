"""The pages every check runs on: one page of each page type, plus pages that are no page type."""

import pytest

from .page_types import project_page_models

PAGE_TYPES = [model._meta.label_lower for model in project_page_models()]

OTHER_PAGES = {
    "english-home": "/en/",
    "search-results": "/sok/?q=energi",
    "not-found": "/denne-siden-finnes-ikke/",
    "accessibility-statement": "/tilgjengelighet/",
    # The shared filter form and its one message for an unknown value.
    "filtered-with-unknown-value": "/prosjekter/?status=finnes-ikke&innsatsomrade=energi",
    "members-by-subregion": "/medlemmer/?gruppering=delregion&q=a",
    "past-events-unknown-year": "/arrangementer/tidligere/?ar=1999&type=seminar",
    # The open-data catalogue (a view, no page type).
    "open-data": "/data/",
}

ALL_TARGETS = PAGE_TYPES + list(OTHER_PAGES)


def seeded_path(live_site, target: str) -> str | None:
    return OTHER_PAGES.get(target) or live_site.page_type_paths.get(target)


def missing_page_message(targets) -> str:
    return (
        f"Sidetypen(e) {', '.join(targets)} har ingen publisert side i seed-innholdet. Legg til "
        "en eksempelside i appens seed.py, så den blir testet i nettleseren."
    )


def target_path(live_site, target: str) -> str:
    """The path of a target; a page type without a live page in the seed content fails."""
    path = seeded_path(live_site, target)
    if path is None:
        pytest.fail(missing_page_message([target]), pytrace=False)
    return path


def expected_status(target: str) -> int:
    return 404 if target == "not-found" else 200
