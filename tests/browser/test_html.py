"""Valid HTML: the Nu Html Checker on the served HTML of every target page, in one run."""

import json
import subprocess
from pathlib import Path

import pytest

from .targets import ALL_TARGETS, expected_status, missing_page_message, seeded_path

pytestmark = pytest.mark.browser


def test_every_page_is_valid_html(live_site, vnu_command, tmp_path):
    # vnu refuses loopback URLs, so it checks saved copies; one JVM start for all of them.
    paths = {target: seeded_path(live_site, target) for target in ALL_TARGETS}
    missing = [target for target, path in paths.items() if path is None]
    saved = []
    for target, path in paths.items():
        if path is None:
            continue
        status, html = live_site.fetch(path)
        assert status == expected_status(target), path
        saved.append(tmp_path / f"{target}.html")
        saved[-1].write_text(html, encoding="utf-8")

    result = subprocess.run(
        [*vnu_command, *map(str, saved)], capture_output=True, text=True, timeout=300
    )
    messages = json.loads(result.stdout or result.stderr)["messages"]
    errors = [m for m in messages if m["type"] in ("error", "non-document-error")]
    report = "\n".join(
        f"{paths.get(Path(m.get('url', '')).stem)}:{m.get('lastLine', '?')}: {m['message']}"
        f"\n    {m.get('extract', '').strip()}"
        for m in errors
    )
    assert not errors, f"{len(errors)} HTML-feil:\n{report}"
    assert not missing, missing_page_message(missing)
