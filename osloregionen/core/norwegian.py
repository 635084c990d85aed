"""Norwegian alphabet rules for sorting and slugs (æ, ø, å).

Sorting follows Norwegian collation on every database: Æ, Ø, Å come after Z (Z before Æ);
other accented letters sort with their base letter (é with e, ü with u), ä and ö as æ and ø.
Lists are sorted in Python after they are fetched (``by_title``), so SQLite and PostgreSQL
give the same order without a database collation.
"""

import unicodedata

from django.utils.text import slugify

# After every ASCII letter, in Norwegian order: "{" > "z" so "zz" sorts before "æ".
_LAST_LETTERS = {"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|"}
_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})


def _primary(character: str) -> str:
    if character in _LAST_LETTERS:
        return _LAST_LETTERS[character]
    # é → e + accent: keep the base letter.
    return unicodedata.normalize("NFD", character)[0]


def sort_key(text: str) -> tuple[str, str]:
    """The key to sort ``text`` by: letters first, then accents, then case as a tie-break."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return "".join(_primary(character) for character in folded), folded


_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o"})


def fold(text: str) -> str:
    """``text`` as someone types it without Norwegian letters: «Lørenskog» → «lorenskog»,
    «Bærum» → «baerum», «Årsrapport» → «arsrapport»; other accents dropped."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_FOLD)
    decomposed = unicodedata.normalize("NFD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def by_title(pages) -> list:
    return sorted(pages, key=lambda page: sort_key(page.title))


def slug(text: str) -> str:
    return slugify(unicodedata.normalize("NFC", text).translate(_ASCII))
