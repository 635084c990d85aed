"""What the organ, meeting-list and meeting pages show: a fixed number of queries each."""

from collections import defaultdict
from datetime import date

from django.db.models import BooleanField, ExpressionWrapper, QuerySet
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.documents import get_document_model
from wagtail.models import Page

from osloregionen.core.pagination import paginate
from osloregionen.core.visibility import listed, public_only

PAST_MEETINGS_ON_ORGAN_PAGE = 6
MEETINGS_PER_PAGE = 20


def listed_subregion() -> ExpressionWrapper:
    """Whether a seat's «for <sub-region>» may name it: live, public, not expired (now)."""
    return ExpressionWrapper(listed("represents_subregion"), output_field=BooleanField())


def _mark_listed_subregions(memberships) -> None:
    ids = {m.represents_subregion_id for m in memberships if m.represents_subregion_id}
    listed_ids = set(
        public_only(Page.objects.live().filter(pk__in=ids)).values_list("pk", flat=True)
    )
    for membership in memberships:
        membership.represents_subregion_listed = membership.represents_subregion_id in listed_ids


def organ_context(organ, today: date, sub_organs, meeting_index, meetings) -> dict:
    """The organ page's context; ``sub_organs`` and ``meetings`` are querysets of the pages
    below it, ``meeting_index`` its meetings page (or ``None``)."""
    meetings = list(public_only(meetings.live()).order_by("date", "start_time"))
    memberships = organ.memberships.all()
    annotated = isinstance(memberships, QuerySet)  # a preview's unsaved rows are in memory
    if annotated:
        memberships = memberships.annotate(represents_subregion_listed=listed_subregion())
    memberships = list(
        memberships.select_related(
            "person__party",
            "person__municipality",
            "person__photo",
            "represents_subregion",
            "represents_municipality",
        ).prefetch_related("person__photo__renditions")
    )
    # Only published people; filtered here because a page preview's memberships are in memory.
    memberships = [m for m in memberships if m.person.live]
    if not annotated:
        _mark_listed_subregions(memberships)
    current = [m for m in memberships if m.is_current(today)]
    seats = [m for m in current if m.is_seat]
    deputies = [m for m in current if not m.is_seat]
    past = [m for m in reversed(meetings) if m.date < today]
    return {
        "current_tables": [
            membership_table(caption, rows)
            for caption, rows in (
                (
                    ngettext(
                        "Medlemmer (%(count)d person)",
                        "Medlemmer (%(count)d personer)",
                        len(seats),
                    )
                    % {"count": len(seats)},
                    seats,
                ),
                (_("Varamedlemmer"), deputies),
            )
            if rows
        ],
        "earlier_compositions": earlier_compositions(organ.title, memberships, today),
        "upcoming_meetings": [m for m in meetings if m.date >= today],
        "past_meetings": past[:PAST_MEETINGS_ON_ORGAN_PAGE],
        "more_past_meetings": len(past) > PAST_MEETINGS_ON_ORGAN_PAGE,
        "meeting_index": meeting_index,
        "sub_organs": list(public_only(sub_organs.live())),
        "yearly_summaries": sorted(organ.yearly_summaries.all(), key=lambda y: -y.year),
    }


def membership_table(caption: str, rows: list) -> dict:
    """A table's rows, and which columns have anything to show (staff have no party)."""
    return {
        "caption": caption,
        "rows": rows,
        "party": any(m.person.public_party for m in rows),
        "represents": any(m.represents for m in rows),
        "municipality": any(m.person.municipality_id for m in rows),
    }


def earlier_compositions(organ_title: str, memberships, today) -> list[dict]:
    """Ended memberships grouped by period (start and end date), the latest period first."""
    periods = defaultdict(list)
    for membership in memberships:
        if membership.has_ended(today):
            periods[(membership.start_date, membership.end_date)].append(membership)
    ordered = sorted(periods.items(), key=lambda item: item[0][1], reverse=True)
    compositions = []
    for (start, end), rows in ordered:
        label = period_label(start, end)
        caption = f"{organ_title}, {label[0].lower()}{label[1:]}"
        compositions.append({"label": label, "table": membership_table(caption, rows)})
    return compositions


def period_label(start, end) -> str:
    if start is None:
        return _("Til %(end)s") % {"end": date_format(end, _("j. F Y"))}
    return f"{date_format(start, _('j. F Y'))}–{date_format(end, _('j. F Y'))}"


def meeting_index_context(meetings, request, today: date) -> dict:
    # Meetings per organ are few (a handful a year): one query, split and paginated here.
    meetings = list(public_only(meetings.live()).order_by("date", "start_time"))
    past = [m for m in reversed(meetings) if m.date < today]
    return {
        "upcoming_meetings": [m for m in meetings if m.date >= today],
        "past_page": paginate(request, past, MEETINGS_PER_PAGE),
    }


def meeting_context(meeting) -> dict:
    agenda = list(meeting.agenda_items.select_related("case"))
    wanted = {pk for item in agenda for pk in item.document_ids}
    documents = get_document_model().objects.in_bulk(wanted) if wanted else {}
    for item in agenda:
        item.attached_documents = [documents[pk] for pk in item.document_ids if pk in documents]
    return {
        "agenda": agenda,
        "guests": [g for g in meeting.guests.select_related("person__party") if g.person.live],
        "meeting_documents": list(meeting.documents.select_related("document")),
    }
