"""API fields of publications and annual reports: type, date, recipient, adopting organ and the
document (URL, type and size), and the report's key figures and survey."""

from osloregionen.core.api_fields import (
    DATE,
    INTEGER,
    STRING,
    TEXT,
    URL,
    CallableField,
    Field,
    array,
    choice_field,
    document_field,
    nullable,
    obj,
    page_field,
    pages_field,
    stream_field,
)

from .choices import DatePrecision, PublicationKind

PUBLICATION_API_FIELDS = [
    choice_field("kind", PublicationKind.values),
    Field("date", DATE),
    choice_field("date_precision", DatePrecision.values),
    Field(
        "date_iso",
        {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
        CallableField(lambda page, r: page.date_iso),
    ),
    Field("responds_to", TEXT),
    Field("recipient", TEXT),
    page_field("adopted_by"),
    page_field("adopted_at_meeting"),
    page_field("case"),
    Field("adopted_date", nullable(DATE)),
    document_field("document"),
    Field("external_url", {"anyOf": [URL, {"const": ""}]}),
    pages_field("focus_areas"),
    page_field("project"),
    stream_field("body"),
]


def _key_figures(page, request):
    return [
        {"value": figure.value, "unit": figure.unit, "label": figure.label}
        for figure in page.key_figures.all()
    ]


def _survey(page, request):
    return [
        {"group": row.group, "label": row.label, "percent": row.percent}
        for row in page.survey_results.all()
    ]


ANNUAL_REPORT_API_FIELDS = PUBLICATION_API_FIELDS + [
    Field("report_year", INTEGER),
    Field("foreword_author", TEXT),
    Field("foreword_role", TEXT),
    stream_field("foreword"),
    Field(
        "key_figures",
        array(obj({"value": STRING, "unit": TEXT, "label": STRING})),
        CallableField(_key_figures),
        prefetch=["key_figures"],
    ),
    Field("survey_title", TEXT),
    Field(
        "survey_results",
        array(obj({"group": TEXT, "label": STRING, "percent": nullable(INTEGER)})),
        CallableField(_survey),
        prefetch=["survey_results"],
    ),
]

CHAPTER_API_FIELDS = [stream_field("body")]
