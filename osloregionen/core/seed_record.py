from django.db import models


class SeedRecord(models.Model):
    """That one part of the seed content (an app's pages) has been loaded into this database.

    ``load_seed_content`` loads a part only while it has no record, so pages an editor deleted,
    moved or renamed stay as the editor left them.
    """

    part = models.CharField("Del av innholdet", max_length=50, unique=True)
    loaded_at = models.DateTimeField("Lastet inn", auto_now_add=True)

    class Meta:
        verbose_name = "Innlastet startinnhold"
        verbose_name_plural = "Innlastet startinnhold"

    def __str__(self) -> str:
        return self.part
