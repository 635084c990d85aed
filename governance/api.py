"""API fields of organs and meetings, and the membership data that municipality and delregion
pages reuse: who sits where, in which role, for whom, and for which period."""

from wagtail.models import Page

from osloregionen.core.api_fields import (
    BOOLEAN,
    DATE,
    DATETIME,
    DOCUMENT,
    HTML,
    INTEGER,
    PAGE_REF,
    STRING,
    TEXT,
    TIME,
    CallableField,
    Field,
    array,
    choice_field,
    document_data,
    nullable,
    obj,
    page_field,
    page_ref,
    stream_field,
)

PERSON = obj({"name": STRING, "title": TEXT, "party": nullable(STRING)})
MEMBERSHIP = obj(
    {
        "person": PERSON,
        "role": obj({"value": STRING, "label": STRING}),
        "organ": PAGE_REF,
        "represents_subregion": nullable(PAGE_REF),
        "represents_municipality": nullable(PAGE_REF),
        "represents_organisation": TEXT,
        "start_date": nullable(DATE),
        "end_date": nullable(DATE),
        "note": TEXT,
    },
    optional=("organ",),
)
MEMBERSHIP_JOINS = ("person__party", "represents_subregion", "represents_municipality")


def membership_lookups(relation: str, *, with_organ: bool) -> list[str]:
    """The prefetches that read the memberships at ``relation`` (``"memberships"``, or across
    a relation, ``"subregions__memberships"``) with the person, party and pages they name. By
    lookup, not by queryset: the models import this module for their ``api_fields``."""
    joins = (*MEMBERSHIP_JOINS, "organ") if with_organ else MEMBERSHIP_JOINS
    return [f"{relation}__{join}" for join in joins]


def in_order(memberships) -> list:
    """A prefetched membership relation in the editors' order (ties by creation)."""
    return sorted(memberships.all(), key=lambda membership: (membership.sort_order, membership.pk))


def membership_data(membership, request, *, with_organ: bool) -> dict | None:
    """One membership, or ``None`` when its organ is not public (then nothing of it is)."""
    person = membership.person
    data = {
        "person": {
            "name": person.name,
            "title": person.title,
            "party": person.party.abbreviation if person.party else None,
        },
        "role": {"value": membership.role, "label": membership.get_role_display()},
        "represents_subregion": page_ref(membership.represents_subregion, request),
        "represents_municipality": page_ref(membership.represents_municipality, request),
        "represents_organisation": membership.represents_organisation,
        "start_date": membership.start_date.isoformat() if membership.start_date else None,
        "end_date": membership.end_date.isoformat() if membership.end_date else None,
        "note": membership.note,
    }
    if with_organ:
        data["organ"] = page_ref(membership.organ, request)
        if data["organ"] is None:
            return None
    return data


def membership_list(rows, request, *, with_organ: bool) -> list[dict]:
    found = (membership_data(row, request, with_organ=with_organ) for row in rows)
    return [data for data in found if data is not None]


def _composition(organ, request):
    return membership_list(in_order(organ.memberships), request, with_organ=False)


def _yearly(organ, request):
    return [
        {"year": y.year, "meeting_count": y.meeting_count, "case_count": y.case_count}
        for y in sorted(organ.yearly_summaries.all(), key=lambda y: -y.year)
    ]


ORGAN_API_FIELDS = [
    choice_field("kind", ["politisk", "administrativt"]),
    Field("intro", TEXT),
    Field("mandate", HTML),
    Field("composition", HTML),
    page_field("reports_to"),
    Field("relation", TEXT),
    Field(
        "memberships",
        array(MEMBERSHIP),
        CallableField(_composition),
        prefetch=membership_lookups("memberships", with_organ=False),
    ),
    Field(
        "yearly_summaries",
        array(
            obj(
                {
                    "year": INTEGER,
                    "meeting_count": nullable(INTEGER),
                    "case_count": nullable(INTEGER),
                }
            )
        ),
        CallableField(_yearly),
        prefetch=["yearly_summaries"],
    ),
    stream_field("body"),
]


def _meeting_organ(meeting, request):
    """A meeting's organ is two levels up (organ, its meetings page, the meeting)."""
    path = meeting.path[: -2 * meeting.steplen]
    organ = _pages_beside(path, request).get(path)
    return page_ref(organ, request) if organ is not None else None


def _pages_beside(path: str, request) -> dict:
    """The page at ``path`` and its siblings (for an organ: the other organs), by path, read
    once per request and parent."""
    parent = path[: -Page.steplen]
    if not hasattr(request, "_api_pages_beside"):
        request._api_pages_beside = {}
    read = request._api_pages_beside
    if parent not in read:
        siblings = Page.objects.filter(path__startswith=parent, depth=len(path) // Page.steplen)
        read[parent] = {page.path: page for page in siblings}
    return read[parent]


def _local_time(value):
    return value.isoformat() if value else None


def _agenda(meeting, request):
    return [
        {
            "case_number": item.reference,
            "case": page_ref(item.case, request),
            "title": item.heading,
            "summary": item.summary,
            "decision": item.decision,
        }
        for item in meeting.agenda_items.all()
    ]


def _documents(meeting, request):
    return [
        {"kind": row.get_kind_display(), "document": document_data(row.document, request)}
        for row in meeting.documents.all()
    ]


DOCUMENT_ROW = obj({"kind": STRING, "document": nullable(DOCUMENT)})

MEETING_API_FIELDS = [
    Field("date", DATE),
    Field("start_time", nullable(TIME)),
    Field("end_time", nullable(TIME)),
    Field("starts_at", nullable(DATETIME), CallableField(lambda m, r: _local_time(m.starts_at))),
    Field("ends_at", nullable(DATETIME), CallableField(lambda m, r: _local_time(m.ends_at))),
    Field("place", TEXT),
    choice_field("status", ["planlagt", "avholdt", "avlyst"]),
    Field("is_open", BOOLEAN),
    Field("intro", TEXT),
    Field("organ", nullable(PAGE_REF), CallableField(_meeting_organ)),
    Field(
        "agenda_items",
        array(
            obj(
                {
                    "case_number": TEXT,
                    "case": nullable(PAGE_REF),
                    "title": STRING,
                    "summary": TEXT,
                    "decision": TEXT,
                }
            )
        ),
        CallableField(_agenda),
        prefetch=["agenda_items__case"],
    ),
    Field(
        "documents",
        array(DOCUMENT_ROW),
        CallableField(_documents),
        prefetch=["documents__document"],
    ),
]


def _case_steps(case, request):
    return [
        {
            "organ": page_ref(step.organ, request),
            "meeting": page_ref(step.meeting, request),
            "recommendation": step.recommendation,
            "decision": step.decision,
        }
        for step in case.steps.all()
    ]


CASE_STEP = obj(
    {
        "organ": nullable(PAGE_REF),
        "meeting": nullable(PAGE_REF),
        "recommendation": TEXT,
        "decision": TEXT,
    }
)

CASE_API_FIELDS = [
    Field("number", nullable(INTEGER)),
    Field("year", INTEGER),
    Field("reference", TEXT, CallableField(lambda case, request: case.reference)),
    Field("intro", TEXT),
    Field("answers", TEXT),
    Field("answers_url", TEXT),
    Field(
        "steps",
        array(CASE_STEP),
        CallableField(_case_steps),
        prefetch=["steps__organ", "steps__meeting"],
    ),
    Field(
        "documents",
        array(DOCUMENT_ROW),
        CallableField(_documents),
        prefetch=["documents__document"],
    ),
]
