"""The English seed: each app's ``seed_data/en/*.po`` translated into pages and snippets through
wagtail-localize, so they are synced translations an editor keeps up in the admin like any other.

A PO entry's ``msgctxt`` names the object (a page by its address below the home page, «/medlemmer/oslo/»,
a snippet by its natural key, «governance.Party:Ap»), ``msgid`` is the Norwegian text as
wagtail-localize segments it (rich text with ``<a id="a1">`` placeholders) and ``msgstr`` the
English. Every object named in the file is translated, in full: a missing string is an error, not
a Norwegian fallback. ``tools/export_seed_translations.py`` writes the entries to translate.
"""

from pathlib import Path

import polib
from django.apps import apps
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from .localized_references import localize_references
from .seeding import NATURAL_KEYS, once

TARGET_LANGUAGE = "en"
# Snippets that English pages show: every one is translated (a person without a title has no
# string to translate, but the English pages must point at the English person and party).
TRANSLATED_SNIPPETS = ["governance.Party", "governance.Person"]


class SeedTranslationError(Exception):
    pass


def po_folder(part: str) -> Path:
    return Path(apps.get_app_config(part).path) / "seed_data" / TARGET_LANGUAGE


def object_key(instance, home: Page) -> str:
    """How the PO files name ``instance``: «/medlemmer/oslo/» or «governance.Party:Ap»."""
    if isinstance(instance, Page):
        return "/" + instance.url_path.removeprefix(home.url_path)
    label = instance._meta.label
    return f"{label}:{getattr(instance, NATURAL_KEYS[label])}"


def resolve(key: str, home: Page):
    """The Norwegian object a PO ``msgctxt`` names."""
    if key.startswith("/"):
        return Page.objects.get(url_path=home.url_path + key.lstrip("/")).specific
    label, _, value = key.partition(":")
    model = apps.get_model(label)
    return model.objects.get(locale=home.locale, **{NATURAL_KEYS[label]: value})


def catalogue(part: str) -> dict[str, dict[str, str]]:
    """``{object key: {Norwegian: English}}`` from the part's PO files, in their order."""
    result: dict[str, dict[str, str]] = {}
    for path in sorted(po_folder(part).glob("*.po")):
        for entry in polib.pofile(str(path)):
            if not entry.obsolete:
                result.setdefault(entry.msgctxt, {})[entry.msgid] = entry.msgstr
    return result


def load_translations(home: Page, part: str) -> bool:
    """Translate what the part's PO files name, once per database. True if it did."""
    entries = catalogue(part)
    if not entries or not once(f"{part}-{TARGET_LANGUAGE}"):
        return False
    locale = Locale.objects.get(language_code=TARGET_LANGUAGE)
    objects = [(resolve(key, home), strings) for key, strings in entries.items()]
    named = {(type(instance), instance.pk) for instance, _strings in objects}
    for label in TRANSLATED_SNIPPETS:
        model = apps.get_model(label)
        if model._meta.app_label == part:
            objects += [
                (snippet, {})
                for snippet in model.objects.filter(locale=home.locale)
                if (model, snippet.pk) not in named
            ]
    # Snippets before pages (an organ's members refer to people), parents before children.
    objects.sort(key=lambda item: item[0].depth if isinstance(item[0], Page) else 0)
    for instance, strings in objects:
        translate(instance, strings, locale)
    return True


def relink(locale: Locale) -> None:
    """Once every part is translated: a page translated before the pages it refers to (a
    municipality before its sub-regions) is published again, now linking their translations."""
    for page in Page.objects.filter(locale=locale, depth__gt=1).specific().iterator():
        if localize_references(page):
            page.save_revision().publish()


@transaction.atomic
def translate(instance, strings: dict[str, str], locale: Locale):
    """Translate ``instance`` into ``locale`` with ``strings`` ({Norwegian: English}) and publish
    the translation, as the translator does in wagtail-localize's editor."""
    parent = instance.get_parent() if isinstance(instance, Page) else None
    if parent is not None and not parent.is_root() and not parent.has_translation(locale):
        raise SeedTranslationError(f"{instance.url_path}: the parent page has no translation")
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = list(source.stringsegment_set.select_related("string"))
    missing = [s.string.data for s in segments if not strings.get(s.string.data)]
    if missing:
        raise SeedTranslationError(f"{instance}: no English for {missing[:3]} (+{len(missing)})")
    # A seeded database has no translations of these strings yet; an existing one is kept.
    StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of_id=segment.string_id,
                locale=locale,
                context_id=segment.context_id,
                data=strings[segment.string.data],
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
            for segment in segments
        ],
        ignore_conflicts=True,
    )
    # fallback=True only lets a link to an untranslated page or person keep the Norwegian one.
    # Saved as a draft and published here: wagtail-localize publishes on commit, which in one
    # seeding transaction would publish every page at the end from a stale copy of its tree.
    translation, _created = source.create_or_update_translation(
        locale, publish=False, fallback=True
    )
    translation = type(translation).objects.get(pk=translation.pk)
    translation.latest_revision.publish()
    return translation
