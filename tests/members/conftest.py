import pytest

from members.models import MunicipalityIndexPage


@pytest.fixture
def member_index(db) -> MunicipalityIndexPage:
    return MunicipalityIndexPage.objects.get(slug="medlemmer")
