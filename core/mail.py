"""Sending e-mail: one helper for every message the platform sends.

Subjects are often built from what people typed (an organisation's name, a case's title).
Django refuses a header with a line break (`BadHeaderError`), and a mail sent after the
commit would then be lost while the object it is about is saved. The models refuse such
text, but rows from before that rule, or from an editor's hand, still reach us; so the
subject is put on one line here, whatever it holds.

The message is sent by the worker (`core.tasks.mail_deliver`): a slow or unreachable mail
server never holds up a page. Queued in the current transaction, it is sent only if that
transaction commits.
"""

from core.limits import one_line
from core.tasks import mail_deliver


def mail_send(
    *,
    subject: str,
    message: str,
    recipients: list[str],
    attachments: list[tuple[str, str, str]] = (),
) -> None:
    """Queue a plain-text message from the default sender; the subject on one line.
    Attachments are text files as (file name, content, MIME type), a calendar for one."""
    mail_deliver.enqueue(
        subject=one_line(subject),
        message=message,
        recipients=list(recipients),
        attachments=[list(attachment) for attachment in attachments],
    )
