"""Find English interface text on an admin screen.

The English strings are Wagtail's and Django's own source strings (their ``en`` catalogues): a
text on the screen that is one of them, whole, was left untranslated. A msgid with placeholders
(«%(num)s mins», «Edited %(time)s ago») matches with any value in their place. Text the editor
wrote (titles, names) is not in those catalogues, so it is never reported, whatever its language.
"""

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import django
import wagtail
from babel.messages.pofile import read_po

# Text that is the same in bokmål (or a name) and so is not a missed translation.
SAME_IN_NORWEGIAN = {
    "Administrator",
    "Alt",
    "App",
    "Dokument",
    "E-post",
    "ID",
    "Logo",
    "Minimum",
    "OK",
    "Person",
    "Personer",
    "PDF",
    "Redaktør",
    "Status",
    "system",
    "Tags",
    "Tema",
    "Test",
    "Type",
    "URL",
    "Wagtail",
    "Workflow",
    "bokmål",
}
# English that no catalogue can reach, each for a known reason:
# - «Search»: Wagtail 7.4's header.html hard-codes value="Search" on a screen-reader-only button;
# - «Choose %(object)s» and friends: Wagtail's snippet chooser widget formats its labels once, when
#   the form class is first built. In the test process the seed loader builds it outside any
#   request; in the server the first admin request does, in Norwegian;
# - «None»: printed by Wagtail for an empty value on the explorer and aging-pages screens.
KNOWN_UNREACHABLE = {"Search", "None"}
KNOWN_UNREACHABLE_PATTERN = re.compile(r"(Choose|Choose another|Edit this) \w+")

# Words of four letters or more that read the same in bokmål.
SHARED_WORDS = {"byte", "side", "sider", "status", "system", "type", "tema"}
# Attributes whose text a sighted or a screen-reader user gets.
READ_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt", "aria-description")
SKIPPED_ELEMENTS = {"script", "style", "svg", "code", "pre", "textarea"}
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
WORD = re.compile(r"[A-Za-z]")


def _catalogue_paths():
    for package in (Path(wagtail.__file__).parent, Path(django.__file__).parent):
        yield from package.glob("**/locale/en/LC_MESSAGES/django.po")


def _has_english_word(literal: str) -> bool:
    """A placeholder msgid is only telling when its fixed text has a real word in it: «%(a)s for
    %(b)s» would also match «Handlingsplan for 2025»."""
    return any(word not in SHARED_WORDS for word in re.findall(r"[A-Za-z]{4,}", literal.lower()))


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(":").strip()


@cache
def english_strings() -> tuple[frozenset, re.Pattern | None]:
    """The English msgids: plain ones as a set, those with placeholders as one pattern."""
    plain, patterns = set(), []
    for path in _catalogue_paths():
        with path.open("rb") as po:
            for message in read_po(po):
                for msgid in message.id if isinstance(message.id, tuple) else (message.id,):
                    text = _normalise(re.sub(r"<[^>]+>", "", msgid or ""))
                    if len(text) < 3 or not WORD.search(text) or text in SAME_IN_NORWEGIAN:
                        continue
                    if PLACEHOLDER.search(text):
                        pieces = PLACEHOLDER.split(text)
                        if _has_english_word(" ".join(pieces)):
                            patterns.append(".+?".join(re.escape(p) for p in pieces))
                    else:
                        plain.add(text)
    pattern = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
    return frozenset(plain), pattern


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skipping = 0
        self.texts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED_ELEMENTS:
            self.skipping += 1
        attributes = dict(attrs)
        for name in READ_ATTRIBUTES:
            if attributes.get(name):
                self.texts.append(attributes[name])
        if (
            tag == "input"
            and attributes.get("type") in ("submit", "button")
            and attributes.get("value")
        ):
            self.texts.append(attributes["value"])

    def handle_endtag(self, tag):
        if tag in SKIPPED_ELEMENTS and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.texts.append(data)


def visible_texts(html: str) -> list[str]:
    parser = _VisibleText()
    parser.feed(html)
    return [text for text in (_normalise(t) for t in parser.texts) if text]


def english_texts(html: str) -> list[str]:
    """The texts on the screen that are untranslated Wagtail or Django interface strings."""
    plain, pattern = english_strings()
    found = []
    for text in visible_texts(html):
        if text in SAME_IN_NORWEGIAN or text in KNOWN_UNREACHABLE:
            continue
        if KNOWN_UNREACHABLE_PATTERN.fullmatch(text):
            continue
        if text in plain or (pattern is not None and pattern.fullmatch(text)):
            found.append(text)
    return found
