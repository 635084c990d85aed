"""Counting the queries of one page view, for the tests' query budgets."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url: str, warm: bool = False) -> int:
    """How many queries a GET of ``url`` costs (and that it answers 200); with ``warm``, after
    one GET first, so per-process caches are filled."""
    if warm:
        client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)
