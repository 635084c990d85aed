"""Pagination that never fails on odd input.

A page value that is not a whole number shows the first page; a number outside the range
(zero, negative, past the last page or absurdly long) is a 404.
"""

import re

from django.core.paginator import Page, Paginator
from django.db.models import Count, Window
from django.http import Http404

_WHOLE_NUMBER = re.compile(r"-?[0-9]+")
MAX_PAGE_DIGITS = 9


def paginate(request, object_list, per_page: int, param: str = "page") -> Page:
    paginator = Paginator(object_list, per_page)
    raw = request.GET.get(param, "").strip()
    if not _WHOLE_NUMBER.fullmatch(raw):
        return paginator.page(1)
    if len(raw) > MAX_PAGE_DIGITS or not 1 <= int(raw) <= paginator.num_pages:
        raise Http404("Siden finnes ikke.")
    return paginator.page(int(raw))


def clean_query(value: str | None, max_length: int = 200) -> str:
    """A search text without NUL bytes or control characters, trimmed to a sane length."""
    if not value:
        return ""
    cleaned = "".join(ch for ch in value if ch.isprintable())
    return " ".join(cleaned.split())[:max_length]


class CountedWithPage:
    """A long list whose page and total count come from one query, for ``paginate``.

    A ``Paginator`` counts first (one query) and then reads the page (another). Here the page
    the request asks for is read with the total as a window function, ``COUNT(*) OVER ()``, so
    the count costs no query of its own. Any other slice (a page number ``paginate`` settles
    differently) is an ordinary query, so the result is always right; only the saving depends
    on the guess.
    """

    def __init__(self, queryset, request, per_page: int, param: str = "page"):
        self.queryset = queryset.annotate(total_count=Window(Count("pk")))
        raw = request.GET.get(param, "").strip()
        number = int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= MAX_PAGE_DIGITS else 1
        self.bottom = (max(number, 1) - 1) * per_page
        self.top = self.bottom + per_page
        self.number = max(number, 1)
        self._rows = None

    def _page_rows(self) -> list:
        if self._rows is None:
            self._rows = list(self.queryset[self.bottom : self.top])
        return self._rows

    def count(self) -> int:
        rows = self._page_rows()
        if rows:
            return rows[0].total_count
        return 0 if self.number == 1 else self.queryset.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if (
            isinstance(index, slice)
            and index.start == self.bottom
            and index.stop is not None
            and index.stop <= self.top
        ):
            return self._page_rows()[: index.stop - index.start]
        return self.queryset[index]
