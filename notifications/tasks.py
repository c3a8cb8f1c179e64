"""The notifications' slow work, run by the worker (`manage.py db_worker`): thin over services."""

from django_tasks import task

from notifications.services import digests_send


@task()
def digests_send_all() -> int:
    """E-mail everyone their digest of new notifications; returns how many were sent."""
    return digests_send()
