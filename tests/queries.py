"""Counting the queries of one page view, for the tests that a listing does not grow with its items."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url: str, warm: bool = True) -> int:
    """How many queries a GET of ``url`` costs (and that it answers 200); with ``warm`` (the
    default), after one GET first, so cached fragments (the menus) are filled either way."""
    if warm:
        client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)
