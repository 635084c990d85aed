"""Helpers for the idempotent seed: create what is missing, never overwrite what editors changed."""

import json
from pathlib import Path

from django.db import models
from django.utils.html import escape
from wagtail.models import Page


def load_facts(app_dir: str | Path, name: str):
    """Read ``<app>/seed_data/<name>`` (facts copied into the repository)."""
    path = Path(app_dir) / "seed_data" / name
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def upsert_page(parent: Page, model: type[Page], slug: str, **fields) -> Page:
    """Return the child of ``parent`` with ``slug``; create and publish it if it is missing.

    An existing page is left as it is, so a second run changes nothing and editors' changes
    survive a new seed run.
    """
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def get_or_create_by(model: type[models.Model], lookup: dict, **defaults) -> models.Model:
    obj, _created = model.objects.get_or_create(**lookup, defaults=defaults)
    return obj


def heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def bullet_list(items: list[str]) -> dict:
    return paragraph("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>")


def key_figures(figures: list[tuple[str, str, str]], title: str = "") -> dict:
    return {
        "type": "key_figures",
        "value": {
            "heading": title,
            "figures": [{"value": v, "unit": u, "label": label} for v, u, label in figures],
        },
    }
