"""The one way to read values from the query string: text, whole numbers and choices.

Only ASCII digits make a number (``"²"``, ``"٣"`` and full-width digits do not, though Python's
``isdigit()`` says they do), and a number has at most ``MAX_DIGITS`` digits, so ``int()`` never
fails and no huge value reaches the database. NUL bytes and other control characters are
dropped from text.
"""

import re

MAX_DIGITS = 9
ASCII_NUMBER = re.compile(r"-?[0-9]+")


def query_text(params, name: str, max_length: int = 200) -> str:
    """The value of ``name`` without control characters, blanks folded, at most ``max_length``."""
    return clean_query(params.get(name), max_length)


def clean_query(value: str | None, max_length: int = 200) -> str:
    """A search text without NUL bytes or control characters, trimmed to a sane length."""
    if not value:
        return ""
    cleaned = "".join(ch for ch in value if ch.isprintable())
    return " ".join(cleaned.split())[:max_length]


def query_int(params, name: str) -> int | None:
    """The value of ``name`` as a whole number, or ``None`` when it is absent, not written in
    ASCII digits or longer than ``MAX_DIGITS`` digits."""
    raw = query_text(params, name, max_length=40)
    if ASCII_NUMBER.fullmatch(raw) and len(raw.lstrip("-")) <= MAX_DIGITS:
        return int(raw)
    return None


def query_choice(params, name: str, choices) -> str | None:
    """The value of ``name`` if it is one of ``choices`` (compared as text), else ``None``."""
    raw = query_text(params, name, max_length=100)
    return raw if raw in {str(choice) for choice in choices} else None
