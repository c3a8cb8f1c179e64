"""Management command: export requests and availabilities as a JSON document
(docs/formats/matching.md)."""

import json

from django.core.management.base import BaseCommand, CommandError

from matching import serialization


class Command(BaseCommand):
    help = (
        "Export every request and availability whose period has not ended, in the format "
        "breder-belang/matching that matching_import reads."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", metavar="FILE", help="Write to this file instead of standard output."
        )

    def handle(self, *args, output=None, **options):
        document = serialization.document_export()
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        if output is None:
            self.stdout.write(text, ending="")
        else:
            try:
                with open(output, "w", encoding="utf-8") as handle:
                    handle.write(text)
            except OSError as error:
                raise CommandError(f"Cannot write {output}: {error}") from error
            counts = f"{len(document['requests'])} requests and {len(document['availabilities'])}"
            self.stdout.write(f"Exported {counts} availabilities to {output}.")
