"""Create the groups Redaktør, Godkjenner and Administrator and the «Godkjenning» workflow."""

from django.db import migrations

from osloregionen.editorial import roles


def create_roles(apps, schema_editor):
    roles.ensure_permission_rows(apps, using=schema_editor.connection.alias)
    roles.create_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
