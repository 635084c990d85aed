from django.core.management.base import BaseCommand
from django.utils import timezone

from osloregionen.core.submissions.retention import purge_expired


class Command(BaseCommand):
    help = (
        "Delete what visitors sent once its retention period in the site settings is over: "
        "contact messages, form submissions and event sign-ups."
    )

    def handle(self, *args, **options):
        for label, count in purge_expired(timezone.now()):
            self.stdout.write(f"Slettet {count} {label}")
