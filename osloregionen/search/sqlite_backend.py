"""The search backend on SQLite (its own module: Wagtail's SQLite backend only imports where its
full-text model exists, that is on SQLite)."""

from wagtail.search.backends.database.sqlite import sqlite


class SQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    """Wagtail's SQLite backend, with double quotes in a query escaped as FTS5 escapes them.

    modelsearch wraps each term in double quotes for FTS5's MATCH but leaves quotes inside a term
    as they are, so «a"b» is a syntax error (a 500 in the site search and the API). A doubled
    quote is a quote inside a term; the tokenizer then drops it like any punctuation.
    """

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        if isinstance(query, str):
            query = query.replace('"', '""')
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
