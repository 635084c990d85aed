"""Mark responses behind a view restriction, so they are never stored in a shared cache.

These run before Wagtail's own restriction checks (order), which return the password or
login form without calling later hooks.
"""

from wagtail import hooks


@hooks.register("before_serve_page", order=-100)
def mark_restricted_page(page, request, serve_args, serve_kwargs):
    if page.get_view_restrictions().exists():
        request.view_restricted = True


@hooks.register("before_serve_document", order=-100)
def mark_restricted_document(document, request):
    if document.collection.get_view_restrictions().exists():
        request.view_restricted = True
