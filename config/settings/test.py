"""Test settings: fast and isolated; DATABASE_URL may point the suite at PostgreSQL."""

import os

for name, value in {
    "DJANGO_SECRET_KEY": "test-only-insecure-key",
    "DJANGO_ALLOWED_HOSTS": "*",
    "CHANNEL_LAYER_IN_MEMORY": "true",
    # Every change goes to the room at once, so a test reads its broadcast in order; the
    # coalescing tests set an interval of their own.
    "LIVE_SNAPSHOT_INTERVAL": "0",
    # Each page in the workshop's group itself; the servers of the two-server tests, like
    # production, have one listener per process (workshops/broadcast.py).
    "LIVE_ROOM_LISTENER": "false",
    "EMAIL_URL": "memorymail://",
    "STATIC_MANIFEST": "false",
    "STATIC_FROM_FINDERS": "true",
    # Tests never touch the indexes of a real site on the same engine.
    "OPENSEARCH_INDEX_PREFIX": "test_breder",
}.items():
    os.environ.setdefault(name, value)

from .base import *  # noqa: E402,F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
SITE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
# Tasks run inside the call that enqueues them; tests of the worker switch to the database
# backend (tests/matching/test_round_tasks.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Tests run in transactions that are rolled back, but the engine keeps what it is sent: the
# shared test indexes hold the demo content only. Tests of index updates switch this on and
# use indexes of their own (tests/search/conftest.py).
SEARCH_INDEX_UPDATES = False

# The SQLite test database lives in memory, where no other process can open it. With
# DATABASE_TEST_FILE it is a file instead, so the two-server test (tests/workshops/
# test_two_servers.py) can run its servers against it without PostgreSQL.
DATABASE_TEST_FILE = env.str("DATABASE_TEST_FILE", default="")  # noqa: F405
if DATABASE_TEST_FILE and DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": DATABASE_TEST_FILE}  # noqa: F405
