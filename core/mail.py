"""Sending e-mail: one helper for every message the platform sends.

Subjects are often built from what people typed (an organisation's name, a case's title).
Django refuses a header with a line break (`BadHeaderError`), and a mail sent after the
commit would then be lost while the object it is about is saved. The models refuse such
text, but rows from before that rule, or from an editor's hand, still reach us; so the
subject is put on one line here, whatever it holds.
"""

from django.core.mail import send_mail

from core.limits import one_line


def mail_send(*, subject: str, message: str, recipients: list[str]) -> int:
    """Send a plain-text message from the default sender; the subject on one line."""
    return send_mail(
        subject=one_line(subject),
        message=message,
        from_email=None,
        recipient_list=recipients,
    )
