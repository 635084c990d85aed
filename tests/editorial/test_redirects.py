"""Old osloregionen.no addresses answer 301 to the new pages; moves and slug changes add redirects."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from osloregionen.core.models import SeedRecord, StandardPage
from osloregionen.core.seeding import seed_data
from osloregionen.editorial import seed as editorial_seed

pytestmark = pytest.mark.django_db
OLD_SITE_REDIRECTS = [
    (row["old_path"], row["page"], row["query"]) for row in seed_data("editorial", "redirects.json")
]


def seed_redirects_again(home):
    """Run the redirect seed as in a database that has not had it yet."""
    SeedRecord.objects.filter(part="editorial").delete()
    editorial_seed.seed(home)


def ensure_target(home, new_path: str) -> Page:
    """A page at the redirect's target address (standard pages stand in for the sections)."""
    page = home
    for slug in new_path.strip("/").split("/"):
        child = page.get_children().filter(slug=slug).first()
        if child is None:
            child = StandardPage(title=slug.replace("-", " ").capitalize(), slug=slug)
            page.add_child(instance=child)
            child.save_revision().publish()
        page = child
    return page


@pytest.mark.parametrize(("old_path", "new_path", "query"), OLD_SITE_REDIRECTS)
def test_old_addresses_answer_301_to_the_new_page(client, home_page, old_path, new_path, query):
    target = ensure_target(home_page, new_path)
    seed_redirects_again(home_page)
    response = client.get(old_path)
    assert response.status_code == 301
    expected = target.get_url() + (f"?{query}" if query else "")
    assert response["Location"] == expected
    assert client.get(response["Location"]).status_code == 200


def test_seed_skips_missing_targets_and_runs_once(home_page):
    ensure_target(home_page, "/arrangementer/")  # the only target there is
    assert not Page.objects.filter(url_path=home_page.url_path + "publikasjoner/").exists()
    seed_redirects_again(home_page)
    assert list(Redirect.objects.values_list("old_path", flat=True)) == ["/kalender"]

    Redirect.objects.all().delete()
    editorial_seed.seed(home_page)  # the database has had it: an editor's deletion stays
    assert not Redirect.objects.exists()


def test_changing_a_slug_creates_a_redirect(
    client, published_page, django_capture_on_commit_callbacks
):
    page = published_page
    page.slug = "personvernerklaering"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    response = client.get("/personvern/")
    assert response.status_code == 301
    assert response["Location"] == "/personvernerklaering/"


def test_moving_a_page_creates_a_redirect(client, home_page, django_capture_on_commit_callbacks):
    page = ensure_target(home_page, "/tilgjengelighet/")
    new_parent = ensure_target(home_page, "/om-osloregionen/")
    with django_capture_on_commit_callbacks(execute=True):
        page.move(new_parent, pos="last-child")
    response = client.get("/tilgjengelighet/")
    assert response.status_code == 301
    assert response["Location"] == "/om-osloregionen/tilgjengelighet/"
