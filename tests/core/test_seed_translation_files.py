"""The English seed files (``<app>/seed_data/en/*.po``): complete, with the markup of the
Norwegian kept, and with English addresses that work."""

import re
from collections import Counter, defaultdict
from pathlib import Path

import polib
import pytest
from django.conf import settings

FILES = sorted(Path(settings.BASE_DIR).glob("**/seed_data/en/*.po"))
TAG = re.compile(r"<[^>]+>")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def entries():
    for path in FILES:
        for entry in polib.pofile(str(path)):
            yield path, entry


def test_there_are_english_seed_files_for_every_part():
    parts = {path.parent.parent.parent.name for path in FILES}
    assert {"home", "members", "governance", "projects", "events", "news", "reports"} <= parts


@pytest.mark.parametrize(
    "path", FILES, ids=lambda path: f"{path.parent.parent.parent.name}/{path.name}"
)
def test_every_string_is_translated(path):
    untranslated = [entry.msgid[:60] for entry in polib.pofile(str(path)) if not entry.msgstr]
    assert not untranslated, f"{len(untranslated)} without English, first: {untranslated[:3]}"


def test_the_english_keeps_the_markup_of_the_norwegian():
    changed = [
        (path.name, entry.msgctxt, entry.msgid[:50])
        for path, entry in entries()
        if entry.msgstr and Counter(TAG.findall(entry.msgid)) != Counter(TAG.findall(entry.msgstr))
    ]
    assert not changed


def test_english_slugs_are_slugs_and_unique_among_siblings():
    siblings = defaultdict(list)
    for _path, entry in entries():
        if entry.comment == "slug" and entry.msgstr:
            assert SLUG.match(entry.msgstr), (entry.msgctxt, entry.msgstr)
            parent = entry.msgctxt.rstrip("/").rpartition("/")[0]
            siblings[parent].append(entry.msgstr)
    duplicates = {
        parent: slugs for parent, slugs in siblings.items() if len(set(slugs)) != len(slugs)
    }
    assert not duplicates
