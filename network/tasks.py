"""The network's slow work, run by the worker (`manage.py db_worker`): thin over services."""

from django_tasks import task

from network.services.sessions import session_reminders_send


@task()
def session_reminders_send_all() -> int:
    """E-mail everyone with a place in a session that starts within a day; once each."""
    return session_reminders_send()
