"""Shared slow work, run by the worker (`manage.py db_worker`)."""

from django.core.mail import send_mail
from django_tasks import task


@task()
def mail_deliver(*, subject: str, message: str, recipients: list[str]) -> int:
    """Hand one message to the mail server (`core.mail.mail_send` queues it)."""
    return send_mail(subject=subject, message=message, from_email=None, recipient_list=recipients)
