"""Rich-text features that mark a phrase in the other language: ``<span lang="en">`` on a
Norwegian page («Restore our Ocean and Waters»), ``<span lang="nb">`` on an English one, so a
screen reader pronounces it in its own language (WCAG 3.1.2)."""

from wagtail.admin.rich_text.converters.html_to_contentstate import InlineStyleElementHandler
from wagtail.admin.rich_text.editors.draftail import features as draftail_features

# feature name → (language code, button label, description for the editor)
LANGUAGE_FEATURES = {
    "lang-en": ("en", "EN", "Engelsk tekst (leses opp på engelsk)"),
    "lang-nb": ("nb", "NO", "Norsk tekst (leses opp på norsk)"),
}


def register(features) -> None:
    for name, (code, label, description) in LANGUAGE_FEATURES.items():
        style = f"LANG_{code.upper()}"
        features.register_editor_plugin(
            "draftail",
            name,
            draftail_features.InlineStyleFeature(
                {"type": style, "label": label, "description": description}
            ),
        )
        features.register_converter_rule(
            "contentstate",
            name,
            {
                "from_database_format": {f'span[lang="{code}"]': InlineStyleElementHandler(style)},
                "to_database_format": {
                    "style_map": {style: {"element": "span", "props": {"lang": code}}}
                },
            },
        )
