"""Development settings: the embedded default (SQLite, database search, in-memory layer).

Defaults go into the environment before base reads it, so a real environment still wins.
"""

import os

for name, value in {
    "DJANGO_SECRET_KEY": "dev-only-insecure-key-do-not-use-in-production",
    "DJANGO_DEBUG": "true",
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,[::1]",
    "CHANNEL_LAYER_IN_MEMORY": "true",
    "EMAIL_URL": "consolemail://",
    "STATIC_MANIFEST": "false",
    "STATIC_FROM_FINDERS": "true",
}.items():
    os.environ.setdefault(name, value)

from .base import *  # noqa: E402,F403
