"""Counting the queries of one page view, for the tests that a listing does not grow with its items."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from osloregionen.core.content_version import content_changed


def count_queries(client, url: str, warm: bool = True) -> int:
    """How many queries a GET of ``url`` costs (and that it answers 200); with ``warm`` (the
    default), after one GET first, so per-process caches are filled. The fragments cached under
    the content's version are rendered again either way: the count is the uncached render's."""
    if warm:
        client.get(url)
    content_changed()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)
