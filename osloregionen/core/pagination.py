"""Pagination that never fails on odd input.

A page value that is not a whole number shows the first page; a number outside the range
(zero, negative, past the last page or absurdly long) is a 404.
"""

import re

from django.core.paginator import Page, Paginator
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
