"""Norwegian alphabet rules for sorting and slugs (æ, ø, å)."""

import unicodedata

from django.utils.text import slugify

# æ, ø, å come after z, in that order (Unicode puts å first).
_SORT_ORDER = str.maketrans({"æ": "z\u0001", "ø": "z\u0002", "å": "z\u0003"})
_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})


def sort_key(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().translate(_SORT_ORDER)


def by_title(pages) -> list:
    return sorted(pages, key=lambda page: sort_key(page.title))


def slug(text: str) -> str:
    return slugify(unicodedata.normalize("NFC", text).translate(_ASCII))
