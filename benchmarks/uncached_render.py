"""Median time of an uncached page render, through Django's test client.

Run against a seeded database (``make migrate seed`` or DATABASE_URL=... first)::

    .venv/bin/python benchmarks/uncached_render.py [--requests 50]

Every request starts with an empty Django cache, so fragments are rendered each time; it
measures the app server alone (no Varnish, no network).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "osloregionen.settings.dev")

import django  # noqa: E402

django.setup()

from django.apps import apps  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402


def first_url(model_label: str) -> str:
    page = apps.get_model(model_label).objects.live().public().order_by("path").first()
    return page.url


def pages() -> dict[str, str]:
    return {
        "home": "/",
        "members": "/medlemmer/",
        "municipality": first_url("members.MunicipalityPage"),
        "event": first_url("events.EventPage"),
        "project": first_url("projects.ProjectPage"),
        "annual report": first_url("reports.AnnualReportPage"),
    }


def measure(client: Client, url: str, requests: int) -> tuple[float, int]:
    timings = []
    for _ in range(requests):
        cache.clear()
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    cache.clear()
    reset_queries()
    client.get(url)
    return statistics.median(timings), len(connection.queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    client = Client()
    with override_settings(DEBUG=True, ALLOWED_HOSTS=["*"]):
        for name, url in pages().items():
            client.get(url)  # import templates and fill per-process caches once
            median, queries = measure(client, url, args.requests)
            print(f"{name:14} {median:7.1f} ms  {queries:3d} queries  {url}")


if __name__ == "__main__":
    main()
