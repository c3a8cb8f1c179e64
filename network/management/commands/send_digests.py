"""Management command: e-mail each person a digest of their new notifications (run daily)."""

from django.core.management.base import BaseCommand

from network.services.notifications import digests_send


class Command(BaseCommand):
    help = "E-mail a digest of new notifications to everyone who wants one (never an empty one)."

    def handle(self, *args, **options):
        self.stdout.write(f"{digests_send()} digests sent")
