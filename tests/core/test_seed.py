"""The seed loads once per database: a second run leaves everything as editors left it."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from members.models import MunicipalityPage
from osloregionen.core.models import SeedRecord
from osloregionen.core.seeding import SEED_PARTS, Loader, seed_data
from tests.seeded import norwegian

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site"), pytest.mark.indexed]


def tree_snapshot():
    return list(Page.objects.order_by("path").values_list("path", "slug", "title", "live"))


def test_a_second_run_changes_nothing():
    before_tree = tree_snapshot()
    before_revisions = Revision.objects.count()
    call_command("load_seed_content", verbosity=0)
    assert tree_snapshot() == before_tree
    assert Revision.objects.count() == before_revisions


def test_a_second_run_does_not_bring_back_a_deleted_or_renamed_page():
    norwegian(MunicipalityPage).get(slug="aremark").delete()
    renamed = norwegian(MunicipalityPage).get(slug="asker")
    renamed.title, renamed.slug = "Asker kommune", "asker-kommune"
    renamed.save_revision().publish()
    call_command("load_seed_content", verbosity=0)
    assert not norwegian(MunicipalityPage).filter(slug__in=["aremark", "asker"]).exists()
    assert norwegian(MunicipalityPage).get(slug="asker-kommune").title == "Asker kommune"
    assert norwegian(MunicipalityPage).count() == 64


def test_every_part_is_recorded_once():
    parts = set(SeedRecord.objects.values_list("part", flat=True))
    english = {f"{part}-en" for part in ["home", *SEED_PARTS]}
    assert parts == {"home", *SEED_PARTS, "editorial", "home-links", *english}


def test_a_part_without_a_record_loads_what_is_missing(home_page):
    """As in a database that had an older seed: the missing page comes back, nothing doubles."""
    norwegian(MunicipalityPage).get(slug="aremark").delete()
    SeedRecord.objects.filter(part="members").delete()
    call_command("load_seed_content", verbosity=0)
    assert norwegian(MunicipalityPage).filter(slug="aremark").count() == 1
    assert norwegian(MunicipalityPage).count() == 65


def test_every_seed_entry_refers_to_pages_seeded_before_it():
    """The parts load in the architecture's order; no entry points at a page of a later part."""
    seen = {"/"}
    for part in SEED_PARTS:
        for entry in seed_data(part, "pages.json"):
            assert entry["parent"] in seen, entry["fields"]["slug"]
            seen.add(entry["parent"] + entry["fields"]["slug"] + "/")


def test_the_loader_writes_chosen_pages_by_address(home_page):
    loader = Loader(home_page)
    styret = Page.objects.get(url_path=home_page.url_path + "organisasjon/styret/")
    stream = [{"type": "links", "value": {"links": [{"page": {"$page": "/organisasjon/styret/"}}]}}]
    assert loader.stream(stream) == [{"type": "links", "value": {"links": [{"page": styret.pk}]}}]
