"""The secretariat's roles: Redaktør writes, Godkjenner approves and publishes, Administrator runs
users and settings.

Everything here takes an ``apps`` registry, so the data migration (historical models) and the
``post_migrate`` handler (snippet models that other apps add later) share one definition.
"""

from django.contrib.auth.management import create_permissions

EDITOR = "Redaktør"
APPROVER = "Godkjenner"
ADMINISTRATOR = "Administrator"
WORKFLOW_NAME = "Godkjenning"
APPROVAL_TASK_NAME = "Godkjenning av Godkjenner"

# Wagtail's page permission codenames, granted on the root page so they cover every site.
PAGE_PERMISSIONS = {
    EDITOR: ["add_page", "change_page", "lock_page"],
    APPROVER: [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
}

# Image and document permissions, granted on the root collection. Wagtail treats deleting an
# image or document like changing it, so both roles may also delete them.
_MEDIA = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
COLLECTION_PERMISSIONS = {EDITOR: _MEDIA, APPROVER: _MEDIA}

_REDIRECTS = [
    "wagtailredirects.add_redirect",
    "wagtailredirects.change_redirect",
    "wagtailredirects.delete_redirect",
]

MODEL_PERMISSIONS = {
    EDITOR: ["wagtailadmin.access_admin"],
    APPROVER: ["wagtailadmin.access_admin", *_REDIRECTS],
    ADMINISTRATOR: [
        "wagtailadmin.access_admin",
        "auth.add_user",
        "auth.change_user",
        "auth.delete_user",
        "auth.add_group",
        "auth.change_group",
        "auth.delete_group",
        "core.change_sitesettings",
        "wagtailcore.add_site",
        "wagtailcore.change_site",
        "wagtailcore.add_workflow",
        "wagtailcore.change_workflow",
        "wagtailcore.add_task",
        "wagtailcore.change_task",
        *_REDIRECTS,
    ],
}

# Actions on every registered snippet (people, parties ...). The editor saves drafts and
# submits them to «Godkjenning»; only the approver publishes, deletes and unlocks others' locks.
SNIPPET_ACTIONS = {
    EDITOR: ["add", "change", "view", "lock"],
    APPROVER: ["add", "change", "delete", "view", "publish", "lock", "unlock"],
}

ROLES = [EDITOR, APPROVER, ADMINISTRATOR]

# What visitors send (contact messages, event sign-ups) is read in the admin by the
# secretariat; only the approver and the administrator delete it before its retention ends.
_VISITOR_DATA_VIEW = ["core.view_contactmessage", "events.view_registration"]
_VISITOR_DATA_DELETE = ["core.delete_contactmessage", "events.delete_registration"]
VISITOR_DATA_PERMISSIONS = {
    EDITOR: _VISITOR_DATA_VIEW,
    APPROVER: _VISITOR_DATA_VIEW + _VISITOR_DATA_DELETE,
    ADMINISTRATOR: _VISITOR_DATA_VIEW + _VISITOR_DATA_DELETE,
}


def ensure_permission_rows(apps, using="default") -> None:
    """Create the auth permissions Django normally makes only after all migrations have run."""
    for app_config in apps.get_app_configs():
        had_models = getattr(app_config, "models_module", None)
        app_config.models_module = had_models or True
        create_permissions(app_config, verbosity=0, using=using, apps=apps)
        app_config.models_module = had_models


def _permission(apps, dotted: str):
    app_label, codename = dotted.split(".")
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def _permissions(apps, dotted_names):
    return [perm for perm in (_permission(apps, name) for name in dotted_names) if perm]


def create_roles(apps) -> None:
    """Create the three groups with their permissions and the «Godkjenning» workflow."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
    for name, group in groups.items():
        group.permissions.add(*_permissions(apps, MODEL_PERMISSIONS[name]))
        for permission in _permissions(
            apps, [f"wagtailcore.{c}" for c in PAGE_PERMISSIONS.get(name, [])]
        ):
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=permission
            )
        for permission in _permissions(apps, COLLECTION_PERMISSIONS.get(name, [])):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
    grant_snippet_permissions(apps)
    _create_workflow(apps, root_page, groups[APPROVER])
    _remove_unused_wagtail_default_groups(apps)


def grant_snippet_permissions(apps, snippet_models=None) -> None:
    """Give the editor and approver groups their actions on every registered snippet model."""
    if snippet_models is None:
        from wagtail.snippets.models import get_snippet_models

        snippet_models = get_snippet_models()
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=SNIPPET_ACTIONS):
        for model in snippet_models:
            model_name = model._meta.model_name
            codenames = [f"{action}_{model_name}" for action in SNIPPET_ACTIONS[group.name]]
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=model._meta.app_label,
                    content_type__model=model_name,
                    codename__in=codenames,
                )
            )


def assign_workflow_to_snippets(apps, snippet_models=None) -> None:
    """Put every snippet model with ``WorkflowMixin`` (people, parties) under «Godkjenning».

    A model already assigned a workflow keeps it, so an administrator's choice in the admin stands.
    """
    if snippet_models is None:
        from wagtail.models import WorkflowMixin
        from wagtail.snippets.models import get_snippet_models

        snippet_models = [m for m in get_snippet_models() if issubclass(m, WorkflowMixin)]
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    ContentType = apps.get_model("contenttypes", "ContentType")
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    if workflow is None:
        return
    for model in snippet_models:
        content_type, _ = ContentType.objects.get_or_create(
            app_label=model._meta.app_label, model=model._meta.model_name
        )
        WorkflowContentType.objects.get_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


# Translating a page or a snippet into English with wagtail-localize («Oversett»): writing an
# English version is editing, so both roles may; publishing it follows the page permissions.
TRANSLATION_PERMISSIONS = {
    EDITOR: ["wagtail_localize.submit_translation"],
    APPROVER: ["wagtail_localize.submit_translation"],
}


def grant_group_permissions(apps, permissions_by_group: dict[str, list[str]]) -> None:
    """Permissions of apps whose rows exist only once every migration has run."""
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=permissions_by_group):
        group.permissions.add(*_permissions(apps, permissions_by_group[group.name]))


def _create_workflow(apps, root_page, approver_group) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK_NAME).first()
    if task is None:
        content_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(
            name=APPROVAL_TASK_NAME, content_type=content_type, active=True
        )
    task.groups.add(approver_group)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # A page has one workflow: this replaces Wagtail's default «Moderators approval» on the root.
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


def _remove_unused_wagtail_default_groups(apps) -> None:
    """Wagtail's starter groups would compete with ours; drop them while nobody uses them."""
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True).delete()
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Workflow.objects.filter(name="Moderators approval", workflow_pages__isnull=True).update(
        active=False
    )
