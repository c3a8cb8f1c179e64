"""Management command: remind the next party of exchanges that wait longer than the desk's
setting (run daily). The worker sends them (`exchanges.tasks.reminders_send`)."""

from django.core.management.base import BaseCommand

from exchanges.tasks import reminders_send


class Command(BaseCommand):
    help = (
        "Remind whoever an exchange waits for, once it has waited longer than the desk's setting."
    )

    def handle(self, *args, **options):
        result = reminders_send.enqueue()
        if result.is_finished:  # the immediate backend (tests) ran it at once
            self.stdout.write(f"{result.return_value} exchanges reminded")
        else:
            self.stdout.write(f"Reminders queued for the worker (task {result.id})")
