"""E-mail is sent by a task: queued in the transaction that wants it sent, delivered by the
worker (at once under the tests' immediate backend)."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from core.mail import mail_send

TASK = "core.tasks.mail_deliver"


def test_a_mail_sent_through_the_task_arrives_in_the_outbox_with_its_subject_on_one_line():
    mail_send(subject="Welkom\nbij het netwerk", message="Hallo", recipients=["a@example.org"])
    (message,) = mail.outbox
    assert (message.subject, message.body, message.to) == (
        "Welkom bij het netwerk",
        "Hallo",
        ["a@example.org"],
    )


@pytest.mark.django_db(transaction=True)
def test_the_worker_delivers_a_queued_mail_and_a_rolled_back_one_never(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    mail_send(subject="Bewaard", message="Gaat mee", recipients=["a@example.org"])
    with pytest.raises(RuntimeError), transaction.atomic():
        mail_send(subject="Teruggedraaid", message="Nooit", recipients=["b@example.org"])
        raise RuntimeError("the write that wanted this mail failed")
    assert mail.outbox == []
    assert DBTaskResult.objects.filter(task_path=TASK).count() == 1

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    assert [m.subject for m in mail.outbox] == ["Bewaard"]
    assert DBTaskResult.objects.get(task_path=TASK).status == "SUCCESSFUL"


@pytest.mark.django_db(transaction=True)
def test_a_queued_mail_keeps_its_text_attachment_through_the_worker(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    mail_send(
        subject="Met agenda",
        message="Zie bijlage",
        recipients=["a@example.org"],
        attachments=[("sessie.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")],
    )
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    (message,) = mail.outbox
    assert message.attachments == [
        ("sessie.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    ]
