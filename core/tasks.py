"""Shared slow work, run by the worker (`manage.py db_worker`)."""

from django.core.mail import EmailMessage, send_mail
from django_tasks import task


@task()
def mail_deliver(
    *, subject: str, message: str, recipients: list[str], attachments: list | None = None
) -> int:
    """Hand one message to the mail server (`core.mail.mail_send` queues it)."""
    if not attachments:
        return send_mail(
            subject=subject, message=message, from_email=None, recipient_list=recipients
        )
    email = EmailMessage(subject=subject, body=message, to=recipients)
    for filename, content, mimetype in attachments:
        email.attach(filename, content, mimetype)
    return email.send()
