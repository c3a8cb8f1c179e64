"""The content types of the moved models change app: their permissions (and the groups that
hold them), Wagtail's references, log entries and search entries follow them unchanged."""

from django.db import migrations

MOVED = {"network": ["place", "term"], "matching": ["mobilityform"]}


def _move(apps, *, to_vocabulary: bool):
    content_type = apps.get_model("contenttypes", "ContentType")
    for app_label, models in MOVED.items():
        old, new = (app_label, "vocabulary") if to_vocabulary else ("vocabulary", app_label)
        # After a migration back, `migrate` has made empty rows for the models' current app
        # (with fresh copies of their permissions); the rows that carry the groups' permissions
        # and Wagtail's references are the old ones, so the empty ones make way.
        moving = content_type.objects.filter(app_label=old, model__in=models)
        content_type.objects.filter(
            app_label=new, model__in=moving.values("model")
        ).delete()
        moving.update(app_label=new)


def forwards(apps, schema_editor):
    _move(apps, to_vocabulary=True)


def backwards(apps, schema_editor):
    _move(apps, to_vocabulary=False)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("vocabulary", "0001_initial"),
        ("network", "0006_vocabulary_moved_out"),
        ("matching", "0007_vocabulary_moved_out"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
