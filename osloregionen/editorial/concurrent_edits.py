"""No lost edit: saving a page over a newer version is refused, showing who changed what.

Wagtail 7.4 notices a stale edit (``EditView.is_out_of_date``: the form's ``loaded_revision_id``
is not the latest revision) but refuses it only for autosave; an ordinary «Lagre utkast» or
«Send til godkjenning» silently overwrites the other editor's version. This view refuses that
save too and shows the editor's form again, with everything they typed, and the list of the
fields the other editor changed with a link to Wagtail's comparison of the two versions. Saving
once more (the form now carries the latest revision) is a deliberate overwrite.
"""

from django.contrib.admin.utils import quote
from django.forms import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.edit import EditView
from wagtail.snippets.views.snippets import EditView as SnippetEditView

# Revision content that changes on every save without being content.
_BOOKKEEPING = {
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "live_revision",
    "draft_title",
    "first_published_at",
    "last_published_at",
    "locked",
    "locked_at",
    "locked_by",
}


def changed_field_labels(instance, old_revision, new_revision) -> list[str]:
    old, new = old_revision.content, new_revision.content
    names = sorted(name for name in set(old) | set(new) if old.get(name) != new.get(name))
    labels = []
    for name in names:
        if name in _BOOKKEEPING:
            continue
        try:
            labels.append(str(instance._meta.get_field(name).verbose_name))
        except Exception:  # noqa: BLE001 - a child relation or comment list: keep its name
            labels.append(name)
    return labels


class StaleRevisionEditView(EditView):
    def post(self, request, *args, **kwargs):
        if self.expects_json_response or not self.is_out_of_date or self.page.alias_of_id:
            return super().post(request, *args, **kwargs)
        self.form = self.form_class(
            request.POST,
            request.FILES,
            instance=self.page,
            subscription=self.subscription,
            parent_page=self.parent,
            for_user=request.user,
        )
        self.form.is_valid()
        self.form.add_error(None, ValidationError(self.stale_message()))
        return self.form_invalid(self.form)

    def stale_message(self):
        loaded = self.page.revisions.filter(pk=self.request.POST.get("loaded_revision_id")).first()
        compare = "wagtailadmin_pages:revisions_compare"
        return stale_message(self.page, self.latest_revision, loaded, compare, self.page.pk)


class StaleRevisionSnippetEditView(SnippetEditView):
    """The same for snippets with revisions (people, parties): the save is refused in
    ``is_valid``, where Wagtail refuses a stale autosave, so the form comes back as typed."""

    def is_valid(self, form):
        if not self.expects_json_response and self.is_out_of_date:
            loaded = self.object.revisions.filter(
                pk=self.request.POST.get("loaded_revision_id")
            ).first()
            message = stale_message(
                self.object,
                self.latest_revision,
                loaded,
                self.revisions_compare_url_name,
                quote(self.object.pk),
                what=_("Oppføringen"),
            )
            super().is_valid(form)  # field errors too, so the editor sees everything at once
            form.add_error(None, ValidationError(message))
            self.produced_error_code = "invalid_revision"
            self.produced_error_message = message
            return False
        return super().is_valid(form)


def stale_message(instance, latest, loaded, compare_url_name: str, object_id, what=None):
    what = what or _("Siden")
    author = latest.user.get_full_name() or latest.user.get_username() if latest.user else "?"
    when = date_format(timezone.localtime(latest.created_at), "j. F Y \\k\\l. H:i")
    message = format_html(
        _(
            "{what} ble lagret av {author} {when}, etter at du åpnet den. Lagringen din er "
            "stoppet, så ingen endringer går tapt: det du skrev står fortsatt i skjemaet."
        ),
        what=what,
        author=author,
        when=when,
    )
    if loaded and loaded.pk != latest.pk:
        labels = changed_field_labels(instance, loaded, latest)
        compare = reverse(compare_url_name, args=[object_id, loaded.pk, latest.pk])
        message = format_html(
            "{} {} {}. <a href='{}'>{}</a>",
            message,
            _("Endret av den andre:"),
            format_html_join(", ", "«{}»", ((label,) for label in labels)) or "–",
            compare,
            _("Se forskjellene"),
        )
    return format_html(
        "{} {}",
        message,
        _("Lagre på nytt for å erstatte den andres versjon med din."),
    )
