"""Data a test module builds once: for a module-scoped fixture, when many tests read the same pages.

    @pytest.fixture(scope="module")
    def region(django_db_setup, django_db_blocker):
        with built_once(django_db_blocker):
            yield build_region()

Each test of the module sees the data and still rolls back its own changes (its transaction is
a savepoint inside this one); after the module the data is rolled back too. A test that changes
a page does so in the database (``update()``, a fresh ``get()``), not on the shared instances.
"""

from contextlib import contextmanager

from django.db import transaction


@contextmanager
def built_once(django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def fresh(instance):
    """The row as the database holds it now: for a test that adds to or changes a shared page."""
    return type(instance).objects.get(pk=instance.pk)
