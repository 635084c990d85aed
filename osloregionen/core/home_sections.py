"""How apps put a section on the home page without the home page importing them.

An app registers a function under the hook ``HOME_SECTIONS_HOOK`` in its ``wagtail_hooks.py``.
It is called with ``(request, home_page)`` and returns a ``HomeSection`` or ``None``
(nothing to show). The home page renders the sections in ``order``.
"""

from dataclasses import dataclass, field

HOME_SECTIONS_HOOK = "osloregionen_home_sections"


@dataclass
class HomeSection:
    order: int
    template: str
    context: dict = field(default_factory=dict)
