"""One post-redirect-get flow for every visitor form."""

from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect

from .guard import ProtectedFormMixin


def handle(
    request,
    form: ProtectedFormMixin,
    *,
    save: Callable[[ProtectedFormMixin], object],
    success_url: Callable[[object | None], str],
    render: Callable[..., object],
):
    """Validate ``form`` on POST, ``save`` it and redirect; otherwise ``render(form, status)``.

    ``success_url`` gets what ``save`` returned, or None for a robot (a filled honeypot), which
    is redirected as if it had succeeded, with nothing stored. An invalid form is shown again with what the visitor wrote, with 400, or
    429 when the visitor is over the rate limit. ``save`` may raise ValidationError for a rule
    it checks itself; the form is then shown again with that message.
    """
    if request.method != "POST":
        return render(form, status=200)
    if form.is_spam:
        return HttpResponseRedirect(success_url(None))
    if not form.is_valid():
        return render(form, status=429 if form.is_rate_limited else 400)
    try:
        with transaction.atomic():
            saved = save(form)
    except ValidationError as error:  # a rule only the save can check, e.g. a full event
        form.add_error(None, error)
        return render(form, status=400)
    form.record()
    return HttpResponseRedirect(success_url(saved))


def page_renderer(page, request, context=lambda form: {"form": form}):
    """A ``render`` for ``handle``: the routable ``page`` with ``context(form)`` and the status."""

    def render(form, status):
        response = page.render(request, context_overrides=context(form))
        response.status_code = status
        return response

    return render
