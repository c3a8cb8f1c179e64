"""Management command: apply the index updates the engine missed while it was down."""

from django.core.management.base import BaseCommand

from search import engine
from search.indexing import flush_pending
from search.models import PendingIndexUpdate


class Command(BaseCommand):
    help = "Re-index what changed while the search engine was unreachable (run it from cron)."

    def handle(self, *args, **options):
        if not engine.configured():
            self.stdout.write("OPENSEARCH_URL is not set; nothing to do.")
            return
        waiting = PendingIndexUpdate.objects.count()
        done = flush_pending()
        self.stdout.write(f"{done} of {waiting} missed updates applied")
