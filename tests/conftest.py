"""The test database starts empty: each test builds what it asserts on with ``tests/factories``.

The content tests (the site shows the 65 members, the board, the annual report ...) ask for the
seeded site with ``pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]``.
The seed is loaded once, and those tests run after all the others, so that no other test sees it.
"""

import pytest
from django.core.cache import cache
from django.core.management import call_command

from osloregionen.home.models import HomePage
from tests.factories.core import site_home

SEEDED_SITE = "seeded_site"


class _Seed:
    loaded = False


def reads_the_seed(item) -> bool:
    return SEEDED_SITE in getattr(item, "fixturenames", ())


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The tests on the seeded site last (in their order), after every test on an empty site."""
    items[:] = [item for item in items if not reads_the_seed(item)] + [
        item for item in items if reads_the_seed(item)
    ]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from osloregionen.core.models import SeedRecord

    with django_db_blocker.unblock():
        if SeedRecord.objects.exists():
            pytest.exit("Testdatabasen har innholdet fra en tidligere kjøring: bruk --create-db.")


@pytest.fixture(scope="session")
def seeded_site(django_db_setup, django_db_blocker):
    """The seed content, loaded once into the test database; each test still rolls back."""
    with django_db_blocker.unblock():
        call_command("load_seed_content", verbosity=0)
    _Seed.loaded = True


@pytest.fixture(autouse=True)
def _empty_site_until_the_seed(request):
    """A test that does not ask for the seed never runs on it (the ordering above holds)."""
    if _Seed.loaded and SEEDED_SITE not in request.fixturenames:
        pytest.fail(f"{request.node.nodeid} kjørte etter at innholdet ble lastet inn")


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: a fragment cached in a rolled-back test is stale."""
    cache.clear()


@pytest.fixture
def home_page(db) -> HomePage:
    """The default site's home page: the seeded one, or one the factories make."""
    return site_home()


@pytest.fixture
def warm_client(client, home_page):
    """A client that has requested the home page once, so per-process caches are filled."""
    client.get("/")
    return client


@pytest.fixture
def admin_client(client, django_user_model):
    """A client logged in to the admin as a superuser (an editor named «redaktor»)."""
    user = django_user_model.objects.create_superuser("redaktor", "redaktor@example.com", "pw")
    client.force_login(user)
    return client
