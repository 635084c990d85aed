from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _grant_snippet_permissions(sender, using, apps, **kwargs):
    # Snippet models added by later apps get their permission rows after our data migration
    # ran; grant them to the roles after every migrate.
    from . import roles

    roles.ensure_permission_rows(apps, using=using)
    roles.grant_snippet_permissions(apps)
    roles.grant_visitor_data_permissions(apps)


class EditorialConfig(AppConfig):
    name = "osloregionen.editorial"
    label = "editorial"
    verbose_name = "Redaksjon"

    def ready(self):
        post_migrate.connect(
            _grant_snippet_permissions, sender=self, dispatch_uid="editorial_snippet_permissions"
        )
