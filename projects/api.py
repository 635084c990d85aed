"""API fields of focus areas and projects: period, goal, status, partners and funding."""

from osloregionen.core.api_fields import (
    INTEGER,
    STRING,
    TEXT,
    URL,
    CallableField,
    Field,
    array,
    choice_field,
    nullable,
    obj,
    pages_field,
    stream_field,
)

from .choices import ProjectStatus

FOCUS_AREA_API_FIELDS = [
    Field("intro", TEXT),
    choice_field("kind", ["innsatsomrade", "tverrgaende"]),
    Field("start_year", nullable(INTEGER)),
    Field("end_year", nullable(INTEGER)),
    Field(
        "prioritised_activities",
        array(STRING),
        CallableField(lambda page, r: [row.text for row in page.prioritised_activities.all()]),
        prefetch=["prioritised_activities"],
    ),
    stream_field("body"),
]


def _partners(page, request):
    return [{"name": p.name, "role": p.role, "url": p.url} for p in page.partners.all()]


def _funding(page, request):
    return [
        {"source": f.source, "period": f.period, "amount": f.amount, "note": f.note}
        for f in page.funding.all()
    ]


PROJECT_API_FIELDS = [
    Field("goal", TEXT),
    choice_field("status", [value for value, _label in ProjectStatus.known()], blank_as_null=True),
    Field("status_note", TEXT),
    Field("start_year", nullable(INTEGER)),
    Field("end_year", nullable(INTEGER)),
    Field("lead_organisation", TEXT),
    pages_field("focus_areas"),
    Field(
        "partners",
        array(obj({"name": STRING, "role": TEXT, "url": {"anyOf": [URL, {"const": ""}]}})),
        CallableField(_partners),
        prefetch=["partners"],
    ),
    Field(
        "funding",
        array(obj({"source": STRING, "period": TEXT, "amount": nullable(INTEGER), "note": TEXT})),
        CallableField(_funding),
        prefetch=["funding"],
    ),
    stream_field("body"),
]
