"""Shared fixtures: the demo content is loaded once into the test database.

Service-bound tests carry a marker: `postgres` tests run in the PostgreSQL pass (they are
deselected on SQLite), `browser` tests need Debian's Chromium. On a laptop a missing service
skips its tests; in CI (CI=true) a missing service fails them instead.
"""

import os
import shutil

import pytest
from django.core.management import call_command

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def _database_is_postgresql() -> bool:
    from django.conf import settings

    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


def pytest_collection_modifyitems(config, items):
    if _database_is_postgresql():
        return
    deselected = [item for item in items if item.get_closest_marker("postgres")]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if not item.get_closest_marker("postgres")]


def pytest_report_header(config):
    database = "PostgreSQL" if _database_is_postgresql() else "SQLite"
    note = "" if database == "PostgreSQL" else " (postgres-marked tests run in the PostgreSQL pass)"
    return f"database: {database}{note}; CI: {IN_CI}"


def _missing_service(reason: str):
    if IN_CI:
        pytest.fail(f"{reason}; CI must provide it.")
    pytest.skip(reason)


def pytest_runtest_setup(item):
    if item.get_closest_marker("browser"):
        if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
            _missing_service(f"Chromium not found at {CHROMIUM}")
        try:
            import playwright  # noqa: F401
        except ImportError:
            _missing_service("Playwright for Python is not installed")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database starts with the full demo content, as `make run` serves it."""
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


@pytest.fixture
def demo_content(transactional_db):
    """Demo content for transactional tests, which start from a flushed database."""
    call_command("load_demo", verbosity=0)


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser(
        username="editor", email="editor@example.org", password="secret-password"
    )


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client
