"""Management command: load the demo content (idempotent)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from demo.content_directory import DEMO_LOGINS, DEMO_PASSWORD
from demo.loader import demo_load
from search import engine, indexing


class Command(BaseCommand):
    help = "Load the demo content of the network; running it again changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-demo-logins",
            action="store_true",
            help="Also create the demo logins (refused unless DEBUG is on or --force is given).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Allow demo logins with known passwords on a site that is not in DEBUG mode.",
        )

    def handle(self, *args, with_demo_logins, force, **options):
        if with_demo_logins and not (settings.DEBUG or force):
            raise CommandError(
                "Demo logins have known passwords; they are only created with DEBUG on "
                "or with --force."
            )
        with indexing.paused():
            report = demo_load(with_demo_logins=with_demo_logins)
        if connection.vendor == "postgresql":
            # Statistics for the tables just filled, so that the first queries get good plans
            # (autovacuum would get there, but only after a while).
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        if engine.configured() and settings.SEARCH_INDEX_UPDATES:
            # One bulk rebuild instead of hundreds of single updates.
            for figures in indexing.rebuild_all():
                if options["verbosity"]:
                    self.stdout.write(
                        f"search index {figures['kind']}: {figures['documents']} documents"
                    )
        if options["verbosity"] == 0:
            return
        kinds = sorted(set(report.created) | set(report.existing))
        for kind in kinds:
            self.stdout.write(
                f"{kind}: {report.created[kind]} created, {report.existing[kind]} already there"
            )
        if with_demo_logins:
            self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
            for login in DEMO_LOGINS:
                self.stdout.write(f"  {login['role']:<22} {login['email']}")
