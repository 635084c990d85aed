"""schema.org data as a ``<script type="application/ld+json">`` element: the one form of inline
script the site's Content-Security-Policy allows (a data block, never executed). ``<`` is
escaped, so no value can close the element."""

import json

from django.utils.safestring import SafeString, mark_safe


def script(data) -> SafeString:
    if not data:
        return mark_safe("")
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')
