"""Wagtail's page assertions (``WagtailPageTestCase``) in pytest-style tests.

    rules = page_assertions()
    rules.assertAllowedParentPageTypes(MunicipalityPage, {MunicipalityIndexPage})
    page_assertions(admin_client).assertCanCreate(parent, NewsPage, nested_form_data({...}))

``assertCanCreate``, ``assertPageIsRenderable`` and the other assertions that make requests use
the client given (logged in as an editor for the admin ones).
"""

from wagtail.coreutils import get_dummy_request
from wagtail.test.utils import WagtailPageTestCase


class PageAssertions(WagtailPageTestCase):
    __test__ = False  # a helper, not a test case of its own

    def runTest(self):  # unittest needs a method to bind the instance to
        pass


def page_assertions(client=None) -> PageAssertions:
    assertions = PageAssertions()
    assertions.client = client
    assertions.dummy_request = get_dummy_request()
    return assertions
