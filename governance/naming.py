"""An organ's name inside a sentence, written as each language writes it."""

from django.utils.translation import get_language


def in_sentence(name: str) -> str:
    """The organ's name in the middle of a sentence. Norwegian writes the name of a body as a
    common noun, with a small first letter («Alle møter i styret»); English keeps the capital of
    a named body («All meetings of the Board»). An abbreviation at the start keeps its capitals
    («IPU»), and only the first letter is ever changed («interessepolitisk utvalg (IPU)»)."""
    name = str(name or "")
    if not name or not (get_language() or "nb").startswith("nb") or name[:2].isupper():
        return name
    return name[0].lower() + name[1:]
