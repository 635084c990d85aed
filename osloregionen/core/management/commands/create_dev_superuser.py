import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Oppretter utviklerbrukeren «admin» med et tilfeldig passord (bare i utvikling)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Utviklerbrukeren lages bare når DEBUG er på, aldri i produksjon.")
        user_model = get_user_model()
        if user_model.objects.filter(username="admin").exists():
            self.stdout.write("Brukeren «admin» finnes allerede.")
            return
        password = secrets.token_urlsafe(12)
        user_model.objects.create_superuser("admin", "admin@example.invalid", password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Laget brukeren «admin» med passordet {password} – det vises bare denne gangen. "
                "Logg inn på http://127.0.0.1:8000/admin/"
            )
        )
