# The content type of the moved model changes app (network -> notifications) instead of
# being made anew, so the permissions attached to it (and groups holding them) survive.
# On a fresh database there is no row yet: Django creates it after the migrations.

from django.db import migrations


def _move(apps, *, source: str, target: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    if ContentType.objects.filter(app_label=target, model="notification").exists():
        return
    ContentType.objects.filter(app_label=source, model="notification").update(app_label=target)


def forwards(apps, schema_editor):
    _move(apps, source="network", target="notifications")


def backwards(apps, schema_editor):
    _move(apps, source="notifications", target="network")


class Migration(migrations.Migration):

    dependencies = [
        ("notifications", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
