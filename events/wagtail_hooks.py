from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from osloregionen.core.home_sections import HOME_SECTIONS_HOOK, HomeSection
from osloregionen.core.submissions.admin import ReadOnlyPermissionPolicy
from osloregionen.core.submissions.retention import PURGE_HOOK
from osloregionen.core.visibility import public_only

from .entries import entries
from .models import EventPage, Registration
from .models.index_page import PAST_PATH
from .models.registration import purge_expired_registrations

HOME_EVENT_COUNT = 3


@hooks.register(HOME_SECTIONS_HOOK)
def upcoming_events_section(request, home_page):
    """The next events; when nothing is coming up, the latest ones, so the home page always
    shows what Osloregionen arranges. Open meetings are left to the calendar: the home page's
    budget is tight."""
    now = timezone.now()
    events = (
        public_only(EventPage.objects.live())
        .descendant_of(home_page)
        .defer_streamfields()
        .select_related("municipality")
    )
    shown = list(events.upcoming(now)[:HOME_EVENT_COUNT])
    past = not shown
    if past:
        shown = list(events.past(now)[:HOME_EVENT_COUNT])
    if not shown:
        return None
    index_url = shown[0].get_parent_url(request)
    return HomeSection(
        order=20,
        template="components/events/home_section.html",
        context={
            "entries": entries(shown, request),
            "past": past,
            "index_url": f"{index_url}{PAST_PATH}" if past else index_url,
        },
    )


class RegistrationIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event")


class RegistrationViewSet(ModelViewSet):
    """The organiser's list: every sign-up, filtered by event and status, exported as CSV or
    Excel with the list's export buttons."""

    model = Registration
    icon = "group"
    menu_label = _("Påmeldinger")
    menu_order = 260
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["name", "email", "organisation", "status", "event", "created_at"]
    list_filter = ["event", "status"]
    list_export = ["event", "name", "email", "organisation", "needs", "status", "created_at"]
    export_filename = "pameldinger"
    search_fields = ["name", "email", "organisation"]
    inspect_view_fields = [
        "event",
        "name",
        "email",
        "organisation",
        "needs",
        "status",
        "created_at",
        "cancelled_at",
    ]
    form_fields = ["name", "email", "organisation", "needs"]

    @property
    def permission_policy(self):
        return ReadOnlyPermissionPolicy(self.model)

    index_view_class = RegistrationIndexView


@hooks.register("register_admin_viewset")
def register_registrations():
    return RegistrationViewSet("event_registrations")


hooks.register(PURGE_HOOK, purge_expired_registrations)
