"""Management command: import requests and availabilities from a JSON document, all or
nothing (docs/formats/matching.md)."""

import json
import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from matching import serialization


class Command(BaseCommand):
    help = (
        "Import requests and availabilities from a JSON document in the format "
        "breder-belang/matching. Everything is checked first; when any record is wrong, "
        "every error is listed and nothing is saved."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The JSON document, or - for standard input.")

    def handle(self, *args, file, **options):
        try:
            if file == "-":
                text = sys.stdin.read()
            else:
                with open(file, encoding="utf-8") as handle:
                    text = handle.read()
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        try:
            document = json.loads(text)
        except (ValueError, RecursionError) as error:
            raise CommandError(f"{file} is not valid JSON: {error}") from error
        try:
            counts = serialization.document_import(document)
        except ValidationError as error:
            lines = [
                f"{path}: {message}"
                for path, messages in error.message_dict.items()
                for message in messages
            ]
            raise CommandError(
                f"Nothing was imported; {len(lines)} errors:\n" + "\n".join(lines)
            ) from error
        self.stdout.write(
            f"Imported {counts['requests']} requests and {counts['availabilities']} availabilities."
        )
