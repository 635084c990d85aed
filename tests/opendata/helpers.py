"""Reading the open-data files and the JSON-LD back, as a consumer would."""

import csv
import io
import json
import re

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests.core.pdfs import make_pdf


def csv_rows(client, slug: str, **extra) -> tuple[list[str], list[dict]]:
    """The header and the rows of ``/data/<slug>.csv``, read back with the csv module."""
    response = client.get(f"/data/{slug}.csv", **extra)
    assert response.status_code == 200
    text = response.content.decode("utf-8")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    return header, [dict(zip(header, row, strict=True)) for row in reader]


def json_file(client, slug: str) -> dict:
    response = client.get(f"/data/{slug}.json")
    assert response.status_code == 200
    return json.loads(response.content)


def json_ld_blocks(html: str) -> list:
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def datasets_in(html: str) -> list[dict]:
    return [block for block in json_ld_blocks(html) if block.get("@type") == "Dataset"]


def make_document(name: str, collection=None):
    """A PDF document with its size read as on upload (Wagtail's forms do it, not ``save``)."""
    document = get_document_model()(
        title=name,
        file=ContentFile(make_pdf(text="Osloregionen"), name=name),
        collection=collection or Collection.get_first_root_node(),
    )
    document._set_document_file_metadata()
    document.save()
    return document
