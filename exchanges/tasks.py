"""Exchanges' slow work, run by the worker (`manage.py db_worker`): thin over the services."""

from django_tasks import task

from exchanges import services


@task()
def reminders_send() -> int:
    """Remind the next party of every exchange that has waited too long."""
    return services.reminders_send()
