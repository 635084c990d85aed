"""The test database starts empty: each test builds what it asserts on with ``tests/factories``.

The content tests (the site shows the 65 members, the board, the annual report ...) ask for the
seeded site with ``pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]``.
They run after the tests on an empty site, which never see the seed, and the browser tests run
last. The seed is loaded once per run, beside the first tests (``tests/seed_template``).
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection

from osloregionen.core.seeding import indexing_paused
from osloregionen.home.models import HomePage
from tests.factories.core import site_home
from tests.seed_template import builds

SEEDED_SITE = "seeded_site"


class _Seed:
    loaded = False


def reads_the_seed(item) -> bool:
    return SEEDED_SITE in getattr(item, "fixturenames", ())


def drives_a_browser(item) -> bool:
    return item.get_closest_marker("browser") is not None


def run_order(item) -> int:
    return 2 if drives_a_browser(item) else 1 if reads_the_seed(item) else 0


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The tests on an empty site first, then the content tests, then the browser tests (each in
    their order): the seed loads while the first run."""
    items.sort(key=run_order)


def pytest_configure(config):
    builds.configure(config)


def pytest_collection_finish(session):
    if session.config.option.collectonly:
        return
    if any(reads_the_seed(item) or drives_a_browser(item) for item in session.items):
        builds.start()


def pytest_sessionfinish(session):
    builds.finish()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from osloregionen.core.models import SeedRecord

    with django_db_blocker.unblock():
        if SeedRecord.objects.exists():
            pytest.exit("Testdatabasen har innholdet fra en tidligere kjøring: bruk --create-db.")


@pytest.fixture(scope="session")
def seeded_site(django_db_setup, django_db_blocker):
    """The seed content in the test database, once; each test still rolls back."""
    build = builds.get()
    with django_db_blocker.unblock():
        build.restore_into(connection)
    build.copy_media(Path(settings.MEDIA_ROOT))
    _Seed.loaded = True


@pytest.fixture(autouse=True)
def _empty_site_until_the_seed(request):
    """A test on the database that does not ask for the seed never runs on it."""
    uses_the_database = request.node.get_closest_marker("django_db") or (
        {"db", "transactional_db"} & set(request.fixturenames)
    )
    if _Seed.loaded and uses_the_database and SEEDED_SITE not in request.fixturenames:
        pytest.fail(f"{request.node.nodeid} kjørte etter at innholdet ble lastet inn")


@pytest.fixture(autouse=True)
def _indexing(request):
    """Wagtail's search and reference indexes follow each save only in the tests that read them
    (``@pytest.mark.indexed``): updating them is a third of the time of the others."""
    if request.node.get_closest_marker("indexed"):
        yield
    else:
        with indexing_paused():
            yield


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
