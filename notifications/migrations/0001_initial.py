# The model moved here from `network` (network.0004_notifications made its table): this
# migration takes it over in Django's state only; the table `network_notification` and its
# rows stay as they are. `network.0007_notification_moved_to_notifications` removes the
# model from network's state after this one.

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        # The table exists, in its last shape, from network's migrations up to here.
        ("network", "0005_text_limits_and_single_lines"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Notification",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("title", models.CharField(max_length=200, verbose_name="title")),
                        (
                            "body",
                            models.TextField(blank=True, max_length=2000, verbose_name="text"),
                        ),
                        (
                            "url",
                            models.CharField(blank=True, max_length=300, verbose_name="link"),
                        ),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                        ("read_at", models.DateTimeField(blank=True, null=True)),
                        ("emailed_at", models.DateTimeField(blank=True, null=True)),
                        (
                            "user",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="notifications",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "notification",
                        "verbose_name_plural": "notifications",
                        "db_table": "network_notification",
                        "ordering": ["-created_at"],
                        "indexes": [
                            models.Index(
                                fields=["user", "read_at"], name="network_not_user_id_13dda1_idx"
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
