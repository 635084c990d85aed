import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Locale

from osloregionen.home.models import HomePage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the seed content once into the test database; each test runs in a rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("load_seed_content", verbosity=0)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: a fragment cached in a rolled-back test is stale."""
    cache.clear()


@pytest.fixture
def home_page(db) -> HomePage:
    return HomePage.objects.get(locale=Locale.get_default())


@pytest.fixture
def warm_client(client):
    """A client that has requested the home page once, so per-process caches are filled."""
    client.get("/")
    return client


@pytest.fixture
def admin_client(client, django_user_model):
    """A client logged in to the admin as a superuser (an editor named «redaktor»)."""
    user = django_user_model.objects.create_superuser("redaktor", "redaktor@example.com", "pw")
    client.force_login(user)
    return client
