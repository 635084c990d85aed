"""Load the page-shaped seed files (`<app>/seed_data/*.json`) into the database, once per database.

The files say what each page shows, already clean (`tools/export_seed_data.py` writes them):
a page is ``{"type": "app.Model", "parent": "/address/", "fields": {...}, "children": {...}}``.
Pages are named by their address below the home page, snippets by a natural key, so the files
hold no database ids. Nothing here reshapes content: values go into the model fields as they are.
"""

import io
import json
from contextlib import contextmanager
from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.db import models
from django.db.models.signals import post_save
from modelcluster.fields import ParentalManyToManyField
from modelsearch import signal_handlers as search_signal_handlers
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.signal_handlers import disable_reference_index_auto_update

from .seed_record import SeedRecord

# The parts in the order of the architecture: a part refers only to pages of the parts before it.
SEED_PARTS = ["members", "governance", "projects", "events", "news", "reports"]
# Wagtail's own Page fields that the seed files set; the rest (tree, publishing state) Wagtail sets.
PAGE_FIELDS = {"title", "slug", "seo_title", "search_description", "show_in_menus"}
# How the seed files name a snippet that a page or another snippet refers to.
NATURAL_KEYS = {"governance.Party": "abbreviation", "governance.Person": "name"}


def seed_data(part: str, name: str):
    """Read ``<app>/seed_data/<name>`` of the app labelled ``part``."""
    path = Path(apps.get_app_config(part).path) / "seed_data" / name
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def once(part: str) -> bool:
    """True the first time a part is seeded in this database, then never again.

    So a second ``load_seed_content`` does not bring back a page an editor deleted or renamed.
    """
    _record, created = SeedRecord.objects.get_or_create(part=part)
    return created


class Loader:
    """Creates the pages and snippets of the seed files below one home page."""

    def __init__(self, home: Page):
        self.home = home

    def page_at(self, address: str) -> Page:
        return Page.objects.get(url_path=self.home.url_path + address.lstrip("/"))

    def load_pages(self, entries: list[dict]) -> None:
        for entry in entries:
            self.add_page(entry)

    def add_page(self, entry: dict) -> Page:
        parent = self.page_at(entry["parent"])
        model = apps.get_model(entry["type"])
        fields = entry["fields"]
        existing = model.objects.child_of(parent).filter(slug=fields["slug"]).first()
        if existing is not None:
            return existing
        page = model(**self.values(model, fields))
        for accessor, rows in entry.get("children", {}).items():
            related = getattr(model, accessor).rel.related_model
            children = [related(**self.values(related, row)) for row in rows]
            if issubclass(related, Orderable):
                # The file's order is the editors' order (an entry may give its own sort_order).
                for position, child in enumerate(children):
                    if child.sort_order is None:
                        child.sort_order = position
            setattr(page, accessor, children)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def load_snippets(self, content: dict[str, list[dict]]) -> None:
        for label, rows in content.items():
            model = apps.get_model(label)
            key = NATURAL_KEYS[label]
            for row in rows:
                values = self.values(model, row)
                model.objects.get_or_create(**{key: values.pop(key)}, defaults=values)

    def values(self, model, fields: dict) -> dict:
        return {name: self.value(model._meta.get_field(name), raw) for name, raw in fields.items()}

    def value(self, field, raw):
        if isinstance(field, ParentalManyToManyField | models.ManyToManyField):
            return [self.target(field, item) for item in raw]
        if isinstance(field, models.ForeignKey):
            return None if raw is None else self.target(field, raw)
        if isinstance(field, StreamField):
            return self.stream(raw)
        return field.to_python(raw)

    def target(self, field, raw):
        model = field.related_model
        if issubclass(model, Page):
            return self.page_at(raw).specific
        return model.objects.get(**raw)

    def stream(self, raw):
        """StreamField JSON with each chosen page, written ``{"$page": address}``, as its id."""
        if isinstance(raw, list):
            return [self.stream(item) for item in raw]
        if isinstance(raw, dict):
            if set(raw) == {"$page"}:
                return self.page_at(raw["$page"]).pk
            return {key: self.stream(item) for key, item in raw.items()}
        return raw


def load_part(home: Page, part: str) -> bool:
    """Load one app's ``snippets.json`` and ``pages.json`` unless this database has had them."""
    if not once(part):
        return False
    loader = Loader(home)
    folder = Path(apps.get_app_config(part).path) / "seed_data"
    if (folder / "snippets.json").exists():
        loader.load_snippets(seed_data(part, "snippets.json"))
    if (folder / "pages.json").exists():
        loader.load_pages(seed_data(part, "pages.json"))
    return True


@contextmanager
def indexing_paused():
    """No search or reference index updates on save (Wagtail makes them on every save)."""
    indexed = [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    for model in indexed:
        post_save.disconnect(search_signal_handlers.post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in indexed:
            post_save.connect(search_signal_handlers.post_save_signal_handler, sender=model)


@contextmanager
def indexed_afterwards():
    """Seeding saves each page several times (draft, revision, publish, translation): the
    search and reference indexes are built once instead, when the seed has been loaded."""
    with indexing_paused():
        yield
    quiet = io.StringIO()
    call_command("update_index", stdout=quiet, stderr=quiet)
    call_command("rebuild_references_index", stdout=quiet)
