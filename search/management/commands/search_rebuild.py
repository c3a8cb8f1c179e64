"""Management command: rebuild the search indexes behind their aliases."""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from search import engine, indexing
from search.documents import DOCUMENTS, objects_of


class Command(BaseCommand):
    help = (
        "Rebuild the search engine's indexes (organisations, people, cases, pages) into new "
        "indexes and swap the aliases atomically, so search keeps answering meanwhile."
    )

    def add_arguments(self, parser):
        parser.add_argument("kinds", nargs="*", help=f"Only these kinds: {', '.join(DOCUMENTS)}.")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, kinds, no_progress, **options):
        if not engine.configured():
            raise CommandError("OPENSEARCH_URL is not set: the database needs no index.")
        unknown = sorted(set(kinds) - set(DOCUMENTS))
        if unknown:
            raise CommandError(f"Unknown kinds: {', '.join(unknown)}")
        for kind in kinds or list(DOCUMENTS):
            total = objects_of(kind).count()
            with tqdm(total=total, desc=kind, disable=no_progress, file=self.stderr) as bar:
                figures = indexing.rebuild(kind, progress=bar.update)
            self.stdout.write(
                f"{kind}: {figures['documents']} documents in {figures['seconds']:.1f} s "
                f"({figures['bytes'] / 1024:.0f} KiB) -> {figures['index']}"
            )
