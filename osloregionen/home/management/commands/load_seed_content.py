from django.core.management.base import BaseCommand
from django.db import transaction

from events import seed as events_seed
from governance import seed as governance_seed
from members import seed as members_seed
from osloregionen.editorial import seed as editorial_seed
from osloregionen.home import seed as site_seed
from osloregionen.news import seed as news_seed
from projects import seed as projects_seed
from reports import seed as reports_seed


class Command(BaseCommand):
    help = (
        "Laster inn innholdet fra årsrapporten 2024. Kan kjøres flere ganger: det som finnes, "
        "blir stående som det er."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        home = site_seed.seed_home()
        site_seed.seed_pages(home)
        # Each app seeds its own part, in the order of the architecture (members first).
        members_seed.seed(home)
        governance_seed.seed(home)
        projects_seed.seed(home)
        events_seed.seed(home)
        news_seed.seed(home)
        reports_seed.seed(home)
        editorial_seed.seed(home)
        site_seed.seed_links(home)
        self.stdout.write(self.style.SUCCESS("Innholdet er lastet inn."))
