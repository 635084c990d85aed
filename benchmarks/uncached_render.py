"""Median time of an uncached page render, through Django's test client.

Run against a seeded database (``make migrate seed`` or DATABASE_URL=... first)::

    .venv/bin/python benchmarks/uncached_render.py [--requests 50]

"Uncached" means no front cache (Varnish) and no page cache: each request renders the page.
Django's cache (fragments such as the menus) stays warm, as it does in production with Redis;
``--cold-fragments`` empties it before every request. It reports the median CPU time of the
process (SQLite runs in-process, so queries count; steadier than wall time on a busy machine)
and the median wall time. It measures the app server alone (no network).
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


def measure(client: Client, url: str, requests: int, cold: bool) -> tuple[float, float, int]:
    cpu, wall = [], []
    for _ in range(requests):
        if cold:
            cache.clear()
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        response = client.get(url)
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start_wall) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    if cold:
        cache.clear()
    reset_queries()
    client.get(url)
    return statistics.median(cpu), statistics.median(wall), len(connection.queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--cold-fragments", action="store_true", help="empty the cache each time")
    args = parser.parse_args()
    client = Client()
    with override_settings(DEBUG=True, ALLOWED_HOSTS=["*"]):
        for name, url in pages().items():
            client.get(url)  # import templates and fill per-process caches once
            cpu, wall, queries = measure(client, url, args.requests, args.cold_fragments)
            print(f"{name:14} cpu {cpu:6.1f} ms  wall {wall:6.1f} ms  {queries:3d} queries  {url}")


if __name__ == "__main__":
    main()
