"""Management command: e-mail each person a digest of their new notifications (run daily).
The worker sends them (`notifications.tasks.digests_send_all`)."""

from django.core.management.base import BaseCommand

from notifications.tasks import digests_send_all


class Command(BaseCommand):
    help = "E-mail a digest of new notifications to everyone who wants one (never an empty one)."

    def handle(self, *args, **options):
        result = digests_send_all.enqueue()
        if result.is_finished:  # the immediate backend (tests) ran it at once
            self.stdout.write(f"{result.return_value} digests sent")
        else:
            self.stdout.write(f"Digests queued for the worker (task {result.id})")
