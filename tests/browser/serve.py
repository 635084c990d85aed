"""Run by the browser tests in a subprocess: migrate a fresh database, load the seed content,
write the page paths to test as JSON, then serve the site.

    python -m tests.browser.serve <port> <pages.json>

One process does it all, so the seeded media files and the server share ``MEDIA_ROOT``.
"""

import io
import json
import os
import sys
from pathlib import Path

import django
from django.core.management import call_command


def main(port: str, pages_file: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.browser.settings")
    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_seed_content", verbosity=0, stdout=io.StringIO())

    from tests.browser.page_types import first_live_page_paths

    written = Path(pages_file).with_suffix(".partial")
    written.write_text(json.dumps(first_live_page_paths()), encoding="utf-8")
    written.replace(pages_file)  # the tests wait for this file: write it whole or not at all
    call_command("runserver", f"127.0.0.1:{port}", use_reloader=False, use_threading=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
