import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

pytestmark = pytest.mark.django_db


def tree_snapshot():
    return list(Page.objects.order_by("path").values_list("path", "slug", "title", "live"))


def test_seed_is_idempotent():
    before_tree = tree_snapshot()
    before_revisions = Revision.objects.count()
    call_command("load_seed_content", verbosity=0)
    assert tree_snapshot() == before_tree
    assert Revision.objects.count() == before_revisions
