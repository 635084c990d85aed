"""Write a database's pages and snippets as the page-shaped seed files (`<app>/seed_data/*.json`).

Not part of the site: run by hand, offline, when the seed content is to be rebuilt from a database
an editor has worked in (or, once, from the old fact-reshaping seed code):

    DATABASE_URL=sqlite:////tmp/site.sqlite3 .venv/bin/python tools/export_seed_data.py

Each page becomes one entry: its type, its parent's address below the home page, and the values
of its own fields (what the page shows), already clean. References are written by address (pages)
or by natural key (snippets), so the files hold no database ids. `load_seed_content` reads them
back with `osloregionen.core.seeding`.
"""

import json
import os
import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "osloregionen.settings.dev")
django.setup()

from django.apps import apps  # noqa: E402
from django.db import models  # noqa: E402
from modelcluster.fields import ParentalKey, ParentalManyToManyField  # noqa: E402
from wagtail import blocks  # noqa: E402
from wagtail.fields import RichTextField, StreamField  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from osloregionen.core.seeding import NATURAL_KEYS, PAGE_FIELDS, SEED_PARTS  # noqa: E402
from osloregionen.home.models import HomePage  # noqa: E402

PAGES_FILE = "pages.json"
SNIPPETS_FILE = "snippets.json"


def main() -> None:
    home = HomePage.objects.get(locale=Locale.get_default())
    files: dict[str, list] = {part: [] for part in SEED_PARTS}
    for page in home.get_descendants().specific().order_by("path"):
        if page._meta.app_label == "core":
            # The general pages are kept by hand in osloregionen/home/seed_data/site.json.
            continue
        files[page._meta.app_label].append(page_entry(home, page))
    for part, entries in files.items():
        if entries:
            write(part, PAGES_FILE, entries)
    snippets: dict[str, dict] = {}
    for label in NATURAL_KEYS:
        model = apps.get_model(label)
        rows = [fields_of(home, obj, skip={"id", "live"}) for obj in model.objects.order_by("pk")]
        snippets.setdefault(model._meta.app_label, {})[label] = rows
    for app_label, content in snippets.items():
        write(app_label, SNIPPETS_FILE, content)


def write(part: str, name: str, content) -> None:
    path = Path(apps.get_app_config(part).path) / "seed_data" / name
    path.write_text(json.dumps(content, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{path}: {len(content)}")


def address(home: Page, page: Page) -> str:
    return page.url_path[len(home.url_path) - 1 :]


def page_entry(home: Page, page: Page) -> dict:
    entry = {
        "type": page._meta.label,
        "parent": address(home, page.get_parent()),
        "fields": fields_of(home, page, only_page_fields=True),
    }
    for relation in child_relations(type(page)):
        rows = [
            fields_of(home, row, skip={"id", "sort_order", relation.field.name})
            for row in getattr(page, relation.get_accessor_name()).all()
        ]
        if rows:
            entry.setdefault("children", {})[relation.get_accessor_name()] = rows
    return entry


def child_relations(model):
    return [
        rel
        for rel in model._meta.related_objects
        if isinstance(rel.field, ParentalKey) and issubclass(model, rel.field.related_model)
    ]


def fields_of(home, obj, skip=frozenset(), only_page_fields=False) -> dict:
    values = {}
    for field in obj._meta.get_fields():
        if not getattr(field, "concrete", False) or field.name in skip or not field.editable:
            continue
        if only_page_fields and field.model is Page and field.name not in PAGE_FIELDS:
            continue
        if isinstance(field, models.ForeignKey) and field.remote_field.parent_link:
            continue
        value = value_of(home, obj, field)
        if value in (None, "", [], False) and field.name not in ("title", "slug"):
            default = field.get_default() if field.has_default() else None
            if not default:
                continue
        values[field.name] = value
    return values


def value_of(home, obj, field):
    if isinstance(field, ParentalManyToManyField | models.ManyToManyField):
        return [reference(home, target) for target in getattr(obj, field.name).all()]
    if isinstance(field, models.ForeignKey):
        target = getattr(obj, field.name)
        return None if target is None else reference(home, target)
    if isinstance(field, StreamField):
        stream = getattr(obj, field.name)
        return [
            {"type": child.block_type, "value": stream_value(home, child.block, child.value)}
            for child in stream
        ]
    if isinstance(field, RichTextField):
        text = getattr(obj, field.name)
        assert 'linktype="page"' not in text and "<embed" not in text, obj
        return text
    value = getattr(obj, field.name)
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    return field.value_to_string(obj)


def reference(home, target):
    if isinstance(target, Page):
        return address(home, target)
    key = NATURAL_KEYS[target._meta.label]
    return {key: getattr(target, key)}


def stream_value(home, block, value):
    """The block's JSON value, with chosen pages written by address."""
    if isinstance(block, blocks.PageChooserBlock):
        return None if value is None else {"$page": address(home, value.specific)}
    if isinstance(block, blocks.StructBlock):
        return {name: stream_value(home, block.child_blocks[name], value[name]) for name in value}
    if isinstance(block, blocks.ListBlock):
        return [stream_value(home, block.child_block, item) for item in value]
    if isinstance(block, blocks.StreamBlock):
        return [
            {"type": child.block_type, "value": stream_value(home, child.block, child.value)}
            for child in value
        ]
    prepared = block.get_prep_value(value)
    assert not isinstance(prepared, str) or 'linktype="page"' not in prepared, prepared
    return prepared


if __name__ == "__main__":
    main()
