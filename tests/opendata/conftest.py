import pytest
from wagtail.models import Site


@pytest.fixture
def configured_site(db):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "www.osloregionen.example", 443
    site.save()
    yield site
    Site.clear_site_root_paths_cache()
