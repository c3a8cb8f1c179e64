"""Management command: remind everyone with a place in a session that starts within a day
(run hourly or daily). The worker sends them (`network.tasks.session_reminders_send_all`);
`reminded_at` makes sure nobody is reminded twice."""

from django.core.management.base import BaseCommand

from network.tasks import session_reminders_send_all


class Command(BaseCommand):
    help = "E-mail a reminder to everyone signed up for a session that starts within a day."

    def handle(self, *args, **options):
        result = session_reminders_send_all.enqueue()
        if result.is_finished:  # the immediate backend (tests) ran it at once
            self.stdout.write(f"{result.return_value} reminders sent")
        else:
            self.stdout.write(f"Reminders queued for the worker (task {result.id})")
