"""Wagtail's content checker (userbar and the «Kontroller» panel in the page editor) with our
Norwegian rules.

Wagtail runs axe-core in the browser. Our own checks are axe checks whose ``evaluate`` is the
source of a JavaScript function; axe-core compiles such strings itself (``createExecutionContext``),
so no extra script is needed. Everything the browser runs is in :data:`CUSTOM_CHECKS`.
"""

import re

from wagtail.admin.userbar import ContentCheckerItem

# Link texts that say nothing about where the link goes. Compared after trimming and
# lower-casing, and without trailing punctuation and arrows.
VAGUE_LINK_TEXTS = [
    "les mer",
    "les mer her",
    "mer",
    "her",
    "klikk her",
    "trykk her",
    "se her",
    "link",
    "lenke",
    "denne lenken",
    "read more",
    "click here",
    "here",
    "more",
]

# An alt text that is a file name or a camera's automatic name: «IMG_1234», «bilde.jpg», «DSC0042».
FILE_NAME_ALT_PATTERN = (
    r"\.(avif|gif|jpe?g|png|svg|webp|heic|tiff?)$|_|^(img|dsc|dscn|pxl|image|bilde|foto)[-_ ]?\d+$"
)

ALT_TEXT_IS_FILE_NAME = (
    "Den alternative teksten ser ut som et filnavn. Beskriv hva bildet viser, eller merk bildet "
    "som dekorativt."
)


def looks_like_file_name(alt_text: str | None) -> bool:
    """The same rule as the checker's warning (axe runs the pattern case-insensitively)."""
    text = (alt_text or "").strip()
    return bool(text) and re.search(FILE_NAME_ALT_PATTERN, text, re.IGNORECASE) is not None


_VAGUE_LINK_EVALUATE = """function (node, options) {
  var text = (node.getAttribute('aria-label') || node.textContent || '')
    .replace(/\\s+/g, ' ').trim().toLowerCase().replace(/[\\s.:!?…»›>→-]+$/, '');
  return options.vague.indexOf(text) === -1;
}"""

_META_DESCRIPTION_EVALUATE = """function (node, options) {
  var meta = document.querySelector('meta[name="description"]');
  return !!meta && (meta.getAttribute('content') || '').trim().length > 0;
}"""

CUSTOM_RULES = [
    {
        "id": "or-vague-link-text",
        "impact": "serious",
        "selector": "a[href]",
        "tags": ["best-practice"],
        "any": ["or-check-vague-link-text"],
        "enabled": True,
    },
    {
        "id": "or-missing-meta-description",
        "impact": "moderate",
        # axe cannot point at <head>; the h1 shows the editor it concerns the whole page.
        "selector": "h1",
        "tags": ["seo"],
        "any": ["or-check-meta-description"],
        "enabled": True,
    },
]

CUSTOM_CHECKS = [
    {
        "id": "or-check-vague-link-text",
        "evaluate": _VAGUE_LINK_EVALUATE,
        "options": {"vague": VAGUE_LINK_TEXTS},
    },
    {"id": "or-check-meta-description", "evaluate": _META_DESCRIPTION_EVALUATE},
    {"id": "check-image-alt-text", "options": {"pattern": FILE_NAME_ALT_PATTERN}},
]

MESSAGES = {
    "or-vague-link-text": {
        "error_name": "Lenketeksten sier ikke hvor lenken går",
        "help_text": "Skriv hva leseren finner, for eksempel «Les handlingsplanen for 2025», "
        "ikke «les mer», «her» eller «klikk her».",
    },
    "image-alt": {
        "error_name": "Bildet mangler alternativ tekst",
        "help_text": "Beskriv hva bildet viser, eller merk det som dekorativt.",
    },
    "alt-text-quality": {
        "error_name": "Alternativ tekst ser ut som et filnavn",
        "help_text": "Beskriv hva bildet viser, ikke filnavnet (som «IMG_1234.jpg»).",
    },
    "heading-order": {
        "error_name": "Overskriftene hopper over et nivå",
        "help_text": "Bruk nivåene i rekkefølge: en overskrift 3 står under en overskrift 2.",
    },
    "empty-heading": {
        "error_name": "Tom overskrift",
        "help_text": "Skriv en overskrift eller fjern blokken.",
    },
    "link-name": {
        "error_name": "Lenken har ingen tekst",
        "help_text": "Gi lenken en tekst som skjermlesere kan lese opp.",
    },
    "button-name": {
        "error_name": "Knappen har ingen tekst",
        "help_text": "Gi knappen en tekst som skjermlesere kan lese opp.",
    },
    "empty-table-header": {
        "error_name": "Tom tabelloverskrift",
        "help_text": "Skriv en tekst i overskriftscellen.",
    },
    "p-as-heading": {
        "error_name": "Fet tekst brukt som overskrift",
        "help_text": "Bruk en overskriftsblokk i stedet for fet tekst.",
    },
    "or-missing-meta-description": {
        "error_name": "Siden mangler metabeskrivelse",
        "help_text": "Skriv én eller to setninger i feltet «Søkebeskrivelse» (fanen «Fremhev», under «Deling og søk»).",
    },
}


class NorwegianContentCheckerItem(ContentCheckerItem):
    """The checker with Wagtail's rules, ``image-alt`` and ours, all explained in Norwegian.

    The meta-description rule runs only for pages that are published: a draft may still lack one.
    """

    def __init__(self, in_editor=False, page=None):
        super().__init__(in_editor=in_editor)
        self.page = page

    @property
    def checks_meta_description(self) -> bool:
        return bool(self.page is not None and getattr(self.page, "live", False))

    def get_axe_run_only(self, request):
        rules = [
            rule for rule in super().get_axe_run_only(request) if rule != "empty-meta-description"
        ]
        rules += ["image-alt", "or-vague-link-text"]
        if self.checks_meta_description:
            rules.append("or-missing-meta-description")
        return rules

    def get_axe_custom_rules(self, request):
        wagtail_rules = [
            rule
            for rule in super().get_axe_custom_rules(request)
            if rule["id"] != "empty-meta-description"
        ]
        return wagtail_rules + CUSTOM_RULES

    def get_axe_custom_checks(self, request):
        ours = {check["id"] for check in CUSTOM_CHECKS}
        kept = [c for c in super().get_axe_custom_checks(request) if c["id"] not in ours]
        return kept + CUSTOM_CHECKS

    def get_axe_messages(self, request):
        return {**super().get_axe_messages(request), **MESSAGES}


def replace_content_checker(request, items, page) -> None:
    """``construct_wagtail_userbar`` hook: swap Wagtail's checker for ours, keeping its place."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(
            item, NorwegianContentCheckerItem
        ):
            items[index] = NorwegianContentCheckerItem(in_editor=item.in_editor, page=page)
