from django.apps import AppConfig
from django.apps import apps as global_apps
from django.db.models.signals import post_migrate


def _grant_snippet_permissions(sender, using, apps, **kwargs):
    # Snippet models added by later apps get their permission rows after our data migration
    # ran; grant them to the roles and put them under the approval workflow after every migrate.
    from wagtail.snippets.models import create_extra_permissions

    from . import roles

    roles.ensure_permission_rows(apps, using=using)
    # Wagtail's publish/lock/unlock permissions; its own handler runs after ours (app order).
    create_extra_permissions(global_apps.get_app_config("wagtailsnippets"), using=using)
    roles.grant_snippet_permissions(apps)
    roles.assign_workflow_to_snippets(apps)
    roles.grant_group_permissions(apps, roles.VISITOR_DATA_PERMISSIONS)
    roles.grant_group_permissions(apps, roles.TRANSLATION_PERMISSIONS)


class EditorialConfig(AppConfig):
    name = "osloregionen.editorial"
    label = "editorial"
    verbose_name = "Redaksjon"

    def ready(self):
        post_migrate.connect(
            _grant_snippet_permissions, sender=self, dispatch_uid="editorial_snippet_permissions"
        )
