from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale

from osloregionen.core.seed_translations import TARGET_LANGUAGE, load_translations, relink
from osloregionen.core.seeding import SEED_PARTS, indexed_afterwards, load_part
from osloregionen.editorial import seed as editorial_seed
from osloregionen.home import seed as site_seed


class Command(BaseCommand):
    help = (
        "Laster inn innholdet fra årsrapporten 2024, én gang per database. Kjøres den igjen, "
        "blir alt stående som redaktørene har latt det være, også sider de har slettet."
    )

    def handle(self, *args, **options):
        with indexed_afterwards(), transaction.atomic():
            loaded = self.load()
        if loaded:
            self.stdout.write(self.style.SUCCESS("Innholdet er lastet inn: " + ", ".join(loaded)))
        else:
            self.stdout.write("Innholdet var lastet inn fra før; ingenting er endret.")

    def load(self) -> list[str]:
        home = site_seed.seed_home()
        site_seed.seed_pages(home)
        # Each app's seed_data/, in the order of the architecture (members first).
        loaded = [part for part in SEED_PARTS if load_part(home, part)]
        editorial_seed.seed(home)
        site_seed.seed_links(home)
        # The English pages, translated with wagtail-localize from each app's seed_data/en.po.
        translated = [part for part in ["home", *SEED_PARTS] if load_translations(home, part)]
        if translated:
            relink(Locale.objects.get(language_code=TARGET_LANGUAGE))
        return loaded + [f"{part} ({TARGET_LANGUAGE})" for part in translated]
