import contextlib

from django.core.management.base import BaseCommand

from osloregionen.core.scheduler import Scheduler


class Command(BaseCommand):
    help = (
        "Run the scheduled jobs until stopped: publish_scheduled every minute, "
        "send_contact_messages every hour, purge_personal_data every day. Start one per site."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Run the jobs that are due once and stop."
        )

    def handle(self, *args, once=False, **options):
        scheduler = Scheduler()
        if once:
            for command in scheduler.tick():
                self.stdout.write(f"Kjørte {command}")
            return
        self.stdout.write("Planleggeren kjører (Ctrl+C for å stoppe).")
        with contextlib.suppress(KeyboardInterrupt):
            scheduler.run_forever()
