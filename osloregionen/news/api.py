"""API fields of news: date, lead, the text itself, image, focus areas and author."""

from wagtail.images.api.fields import ImageRenditionField

from osloregionen.core.api_fields import (
    BOOLEAN,
    DATE,
    INTEGER,
    STRING,
    TEXT,
    URL,
    CallableField,
    Field,
    nullable,
    obj,
    page_field,
    pages_field,
    stream_field,
)

RENDITION = obj(
    {"url": URL, "full_url": URL, "width": INTEGER, "height": INTEGER, "alt": STRING},
)

NEWS_API_FIELDS = [
    Field("date", DATE),
    Field("month_only", BOOLEAN),
    Field("lead", TEXT),
    stream_field("body"),
    Field(
        "image",
        nullable(RENDITION),
        ImageRenditionField("fill-1200x630"),
        select=["image"],
        prefetch=["image__renditions"],
    ),
    Field("image_credit", TEXT),
    pages_field("focus_areas"),
    page_field("project"),
    Field(
        "author",
        nullable(STRING),
        CallableField(lambda page, r: page.author.name if page.author else None),
        select=["author"],
    ),
]
