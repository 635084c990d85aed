"""The jobs that run by themselves: Wagtail's scheduled publishing every minute, the retry of
unsent contact mails and the deletion of expired personal data.

``run_scheduler`` calls ``Scheduler.tick`` in a loop; a test calls it once."""

import logging
import time
from dataclasses import dataclass, field

from django.core.management import call_command
from django.db import close_old_connections
from django.utils import timezone

logger = logging.getLogger(__name__)

MINUTE = 60
HOUR = 60 * MINUTE
DAY = 24 * HOUR


@dataclass
class Job:
    name: str
    command: str
    every: int  # seconds
    last_run: float | None = field(default=None)

    def due(self, now: float) -> bool:
        return self.last_run is None or now - self.last_run >= self.every


def default_jobs() -> list[Job]:
    return [
        Job("publisering", "publish_scheduled", MINUTE),
        Job("e-post som ikke ble sendt", "send_contact_messages", HOUR),
        Job("sletting av personopplysninger", "purge_personal_data", DAY),
    ]


class Scheduler:
    def __init__(self, jobs: list[Job] | None = None):
        self.jobs = jobs if jobs is not None else default_jobs()

    def tick(self) -> list[str]:
        """Run every job that is due; a failing job is logged and the others still run."""
        now = timezone.now().timestamp()
        ran = []
        for job in self.jobs:
            if not job.due(now):
                continue
            try:
                call_command(job.command, verbosity=0)
            except Exception:  # one job's failure must not stop the scheduler
                logger.exception("Jobben «%s» feilet", job.name)
            job.last_run = now
            ran.append(job.command)
        return ran

    def run_forever(self, interval: float = MINUTE / 4) -> None:
        while True:
            # A long-running process: drop a connection the database closed or that has outlived
            # CONN_MAX_AGE before each round (not inside tick(), which a test runs in a transaction).
            close_old_connections()
            self.tick()
            time.sleep(interval)
