"""Write the strings to translate into the apps' ``seed_data/en/<file>.po`` (see
``osloregionen.core.seed_translations``), keeping the English already there.

Not part of the site: run by hand, offline, against a freshly seeded database, with
``<file>:<address>`` for the pages to translate (the address below the home page). A page's
descendants come with it, unless the address starts with «=» (the page alone); a page goes to
the file of the longest address that holds it:

    DATABASE_URL=sqlite:////tmp/site.sqlite3 .venv/bin/python tools/export_seed_translations.py \
        site:=/ members:/medlemmer/ board:/organisasjon/styret/

The people and parties are always written (to ``people.po``). An entry whose Norwegian text is
gone is dropped; a new one has an empty ``msgstr`` for the translator. Editors translate in the admin instead
(wagtail-localize's editor, or its PO download and upload).
"""

import os
import sys
from collections import defaultdict
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "osloregionen.settings.dev")
django.setup()

import polib  # noqa: E402
from django.apps import apps  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail_localize.segments import StringSegmentValue  # noqa: E402
from wagtail_localize.segments.extract import extract_segments  # noqa: E402

from osloregionen.core.seed_translations import (  # noqa: E402
    TRANSLATED_SNIPPETS,
    object_key,
    po_folder,
)
from osloregionen.home.models import HomePage  # noqa: E402

# Pages of the core app are seeded by the home app (its site.json).
PART_OF_APP = {"core": "home"}


def readable_path(path: str) -> str:
    """«body.paragraph» from «body.3f1c….paragraph»: the block ids change with every seed."""
    return ".".join(part for part in path.split(".") if len(part) != 36)


def strings_of(instance) -> list[tuple[str, str]]:
    result, seen = [], set()
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue) and segment.string.data not in seen:
            seen.add(segment.string.data)
            result.append((readable_path(segment.path), segment.string.data))
    return result


def objects_to_translate(home: Page, arguments: list[str]):
    """(file name, object) for the people and parties, then for the pages the arguments name."""
    for label in TRANSLATED_SNIPPETS:
        for snippet in apps.get_model(label).objects.filter(locale=home.locale):
            yield "people", snippet
    files = {}
    # Shorter addresses first, so a page is finally given the file of the longest one.
    for argument in sorted(arguments, key=lambda argument: len(argument.partition(":")[2])):
        name, _, address = argument.partition(":")
        top = Page.objects.get(url_path=home.url_path + address.lstrip("=/"))
        pages = (
            Page.objects.filter(pk=top.pk)
            if address.startswith("=")
            else Page.objects.descendant_of(top, inclusive=True)
        )
        files.update(dict.fromkeys(pages.values_list("pk", flat=True), name))
    for page in Page.objects.filter(pk__in=files).order_by("path").specific():
        yield files[page.pk], page


def main(arguments: list[str]) -> None:
    home = HomePage.objects.get(locale=Locale.get_default())
    by_file = defaultdict(list)
    for name, instance in objects_to_translate(home, arguments):
        part = PART_OF_APP.get(instance._meta.app_label, instance._meta.app_label)
        by_file[part, name].append(instance)
    for (part, name), instances in by_file.items():
        path = po_folder(part) / f"{name}.po"
        old = polib.pofile(str(path)) if path.exists() else polib.POFile()
        known = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in old}
        po = polib.POFile()
        po.metadata = {"Content-Type": "text/plain; charset=utf-8", "Language": "en"}
        for instance in instances:
            key = object_key(instance, home)
            for field, text in strings_of(instance):
                po.append(
                    polib.POEntry(
                        msgctxt=key,
                        msgid=text,
                        msgstr=known.get((key, text), ""),
                        comment=field,
                    )
                )
        path.parent.mkdir(parents=True, exist_ok=True)
        po.save(str(path))
        done = sum(1 for entry in po if entry.msgstr)
        print(f"{path}: {len(po)} strings, {done} translated")


if __name__ == "__main__":
    main(sys.argv[1:])
