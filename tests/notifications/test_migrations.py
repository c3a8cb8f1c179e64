"""The model moved from `network` to `notifications` without copying: a database migrated
before the move keeps its rows, and the content type (with its permissions) changes app."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

# Undoing the notifications app undoes network's state-only delete that depends on it: what
# is left is the schema of main before the move, with the model still in `network`.
BEFORE = [("notifications", None)]


def _migrate(targets):
    """Migrate to the targets; the models as the migrations applied then define them."""
    MigrationExecutor(connection).migrate(targets)
    loader = MigrationExecutor(connection).loader
    applied = [key for key in loader.applied_migrations if key in loader.graph.nodes]
    return loader.project_state(applied).apps


def _leaves():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True)
def test_migrating_a_database_from_before_the_move_keeps_rows_and_permissions():
    old = _migrate(BEFORE)
    OldNotification = old.get_model("network", "Notification")  # still in network here
    User = old.get_model("accounts", "User")
    ContentType = old.get_model("contenttypes", "ContentType")
    Permission = old.get_model("auth", "Permission")
    Group = old.get_model("auth", "Group")
    ContentType.objects.filter(app_label="notifications").delete()
    content_type, _ = ContentType.objects.get_or_create(app_label="network", model="notification")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_notification",
        defaults={"name": "Can view notification"},
    )
    group = Group.objects.create(name="Lezers van meldingen")
    group.permissions.add(permission)
    user = User.objects.create(email="oud@example.org")
    OldNotification.objects.create(user=user, title="Van voor de verhuizing")

    new = _migrate(_leaves())

    (moved,) = new.get_model("notifications", "Notification").objects.filter(user_id=user.pk)
    assert moved.title == "Van voor de verhuizing" and moved.user_id == user.pk
    content_type = new.get_model("contenttypes", "ContentType").objects.get(pk=content_type.pk)
    assert (content_type.app_label, content_type.model) == ("notifications", "notification")
    group = new.get_model("auth", "Group").objects.get(pk=group.pk)
    assert list(group.permissions.values_list("content_type__app_label", "codename")) == [
        ("notifications", "view_notification")
    ]


@pytest.mark.django_db(transaction=True)
def test_the_move_can_be_undone():
    new_apps = _migrate(_leaves())
    User = new_apps.get_model("accounts", "User")
    user = User.objects.create(email="nieuw@example.org")
    new_apps.get_model("notifications", "Notification").objects.create(user=user, title="Blijft")
    ContentType = new_apps.get_model("contenttypes", "ContentType")
    ContentType.objects.get_or_create(app_label="notifications", model="notification")

    old = _migrate(BEFORE)
    assert old.get_model("network", "Notification").objects.get().title == "Blijft"
    assert (
        old.get_model("contenttypes", "ContentType")
        .objects.filter(app_label="network", model="notification")
        .exists()
    )
    _migrate(_leaves())
