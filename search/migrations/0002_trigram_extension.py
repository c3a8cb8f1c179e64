"""PostgreSQL's pg_trgm, for the database engine's typo tolerance (search/wordforms.py).
Nothing happens on SQLite. pg_trgm is a trusted extension: the database's owner may add it."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [TrigramExtension()]
