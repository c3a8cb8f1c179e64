# Notification moved to the `notifications` app (notifications.0001_initial takes it over):
# network forgets it in Django's state only; the table `network_notification` and its rows
# stay, now owned by notifications.Notification.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("network", "0006_vocabulary_moved_out"),
        ("notifications", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="Notification")],
            database_operations=[],
        ),
    ]
