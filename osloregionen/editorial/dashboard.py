"""The editors' to-do panel on the admin dashboard."""

from datetime import timedelta

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

STALE_AFTER = timedelta(days=365)
ROWS_PER_LIST = 10


def pages_awaiting_approval() -> list[Page]:
    page_ids = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        base_content_type__app_label="wagtailcore",
        base_content_type__model="page",
    ).values_list("object_id", flat=True)
    return list(
        Page.objects.filter(pk__in=[int(pk) for pk in page_ids])
        .select_related("latest_revision")
        .order_by("-latest_revision_created_at")[:ROWS_PER_LIST]
    )


def past_events_missing_follow_up(now) -> list[Page]:
    """Published events that have ended but still have neither a recording nor documents."""
    try:
        EventPage = apps.get_model("events", "EventPage")
        for field in ("finishes_at", "recording_url", "presentations"):
            EventPage._meta.get_field(field)
    except (LookupError, FieldDoesNotExist):
        return []
    candidates = (
        EventPage.objects.live()
        .filter(finishes_at__lte=now, recording_url="")
        .only(
            "pk",
            "title",
            "start",
            "end",
            "all_day",
            "date_precision",
            "finishes_at",
            "presentations",
        )
        .order_by("-finishes_at")
    )
    # «No documents» is an empty StreamField, which the database cannot tell portably; stop
    # reading as soon as the list is full.
    missing = []
    for event in candidates.iterator(chunk_size=50):
        if not event.presentations:
            missing.append(event)
            if len(missing) == ROWS_PER_LIST:
                break
    return missing


def stale_pages(now) -> list[Page]:
    return list(
        Page.objects.live()
        .filter(depth__gt=1, latest_revision_created_at__lt=now - STALE_AFTER)
        .order_by("latest_revision_created_at")[:ROWS_PER_LIST]
    )


class EditorialTasksPanel(Component):
    name = "editorial_tasks"
    template_name = "editorial/dashboard_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        now = timezone.now()
        context["awaiting_approval"] = pages_awaiting_approval()
        context["events_missing_follow_up"] = past_events_missing_follow_up(now)
        context["stale_pages"] = stale_pages(now)
        return context
