"""Give editors and the desk their permissions on agreement templates and settings."""

from django.db import migrations

from exchanges.roles import GROUP_PERMISSIONS, grants_ensure


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; make sure this app's exist now
    # (only this app's: another app's content types may be on the move in its migrations).
    app_config = apps.get_app_config("exchanges")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    grants_ensure(
        group_model=apps.get_model("auth", "Group"),
        permission_model=apps.get_model("auth", "Permission"),
    )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for name, codes in GROUP_PERMISSIONS.items():
        group = apps.get_model("auth", "Group").objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label="exchanges",
                    codename__in=[code.split(".")[1] for code in codes],
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("exchanges", "0001_initial"),
        ("network", "0003_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
