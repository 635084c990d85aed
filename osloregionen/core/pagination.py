"""Pagination that never fails on odd input.

A page value that is not a whole number in ASCII digits shows the first page; a number outside
the range (zero, negative, past the last page or absurdly long) is a 404.
"""

from django.core.paginator import Page, Paginator
from django.http import Http404

from .query import ASCII_NUMBER, query_int, query_text


def paginate(request, object_list, per_page: int, param: str = "page") -> Page:
    paginator = Paginator(object_list, per_page)
    if not ASCII_NUMBER.fullmatch(query_text(request.GET, param, max_length=40)):
        return paginator.page(1)
    number = query_int(request.GET, param)
    if number is None or not 1 <= number <= paginator.num_pages:
        raise Http404("Siden finnes ikke.")
    return paginator.page(number)
