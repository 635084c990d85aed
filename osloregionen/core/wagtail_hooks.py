"""The contact messages in the admin (read-only, for the secretariat) and what is deleted when."""

from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from . import rich_text_language
from .contact import ContactMessage, purge_expired_messages
from .form_page import purge_expired_submissions
from .submissions.admin import ReadOnlyPermissionPolicy
from .submissions.retention import PURGE_HOOK


class ContactMessageViewSet(ModelViewSet):
    model = ContactMessage
    icon = "mail"
    menu_label = _("Henvendelser")
    menu_order = 250
    add_to_admin_menu = True
    inspect_view_enabled = True
    list_display = ["name", "email", "created_at", "sent_at"]
    list_filter = ["sent_at", "created_at"]
    search_fields = ["name", "email", "message"]
    inspect_view_fields = ["name", "email", "message", "created_at", "sent_at", "last_error"]
    form_fields = ["name", "email", "message"]
    copy_view_enabled = False

    @property
    def permission_policy(self):
        return ReadOnlyPermissionPolicy(self.model)


@hooks.register("register_admin_viewset")
def register_contact_messages():
    return ContactMessageViewSet("contact_messages")


hooks.register(PURGE_HOOK, purge_expired_messages)
hooks.register(PURGE_HOOK, purge_expired_submissions)


@hooks.register("before_serve_page")
def refuse_expired_pages(page, request, serve_args, serve_kwargs):
    """A page past its «Utløpsdato» is gone at once, not when ``publish_scheduled`` next runs."""
    if page.expire_at and page.expire_at <= timezone.now():
        raise Http404("Siden er utløpt.")


hooks.register("register_rich_text_features", rich_text_language.register)
