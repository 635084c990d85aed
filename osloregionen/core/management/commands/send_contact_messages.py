from django.core.management.base import BaseCommand

from osloregionen.core.contact import send_unsent


class Command(BaseCommand):
    help = "Send the contact messages whose e-mail has not gone out yet (e.g. the mail server was down)."

    def handle(self, *args, **options):
        sent, failed = send_unsent()
        self.stdout.write(f"Sendt: {sent}, fortsatt ikke sendt: {failed}")
