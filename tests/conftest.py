"""Shared fixtures: the demo content is loaded once into the test database.

Service-bound tests carry a marker: `postgres` tests run in the PostgreSQL pass (they are
deselected on SQLite), `redis` tests need Redis and a database their server processes can
open (the full-stack pass), `browser` tests need Debian's Chromium. On a laptop a missing service
skips its tests; in CI (CI=true) a missing service fails them instead.
"""

import os
import shutil

import pytest
from django.core.management import call_command

from network import roles
from network.choices import OrganisationStatus, Visibility
from network.factories import OrganisationFactory, person_with_role

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def _database_is_postgresql() -> bool:
    from django.conf import settings

    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


def _database_is_shared() -> bool:
    """Whether other processes (servers started by a test) can open the test database."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    name = database.get("TEST", {}).get("NAME") or ""
    return _database_is_postgresql() or bool(name and ":memory:" not in name)


def _search_engine_url() -> str:
    from django.conf import settings

    return settings.OPENSEARCH_URL


def _redis_url() -> str:
    from config.env import env

    return env.str("REDIS_URL", default="")


def pytest_configure(config):
    """A test against the live server on SQLite in memory shares its connection with the
    server's threads; when a thread still reads (the browser's last request, a socket's
    retry) while the database is flushed after the test, SQLite says a table is locked and
    the flush fails, taking the next test's data with it. The flush is tried again after
    the thread is done (see `_live_server_done_before_flush`, which waits for it first)."""
    import time

    from django.core.management.base import CommandError
    from django.test import testcases

    flush = testcases.TransactionTestCase._fixture_teardown

    def _fixture_teardown(self):
        for attempt in range(5):
            try:
                return flush(self)
            except CommandError as error:
                if "couldn't be flushed" not in str(error) or attempt == 4:
                    raise
                time.sleep(0.5)

    testcases.TransactionTestCase._fixture_teardown = _fixture_teardown


def pytest_collection_modifyitems(config, items):
    """Each pass runs the tests of its stack: SQLite without services, then PostgreSQL with
    OpenSearch (the full stack). A full-stack pass in CI without the engine is an error."""
    if IN_CI and _database_is_postgresql() and not (_search_engine_url() and _redis_url()):
        raise pytest.UsageError(
            "The PostgreSQL pass in CI runs the full stack: set OPENSEARCH_URL and REDIS_URL."
        )
    unavailable = set()
    if not _database_is_postgresql():
        unavailable.update({"postgres", "fuzz"})
    else:
        unavailable.add("package")  # the wheel does not depend on the database: built once
    if not _search_engine_url():
        unavailable.add("search")
    if not (_redis_url() and _database_is_shared()):
        unavailable.add("redis")
    deselected = [
        item for item in items if any(item.get_closest_marker(name) for name in unavailable)
    ]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if item not in deselected]


def pytest_report_header(config):
    database = "PostgreSQL" if _database_is_postgresql() else "SQLite"
    engine = _search_engine_url() or "none (the database answers searches)"
    layer = "Redis" if _redis_url() else "in memory"
    return f"database: {database}; search engine: {engine}; channel layer: {layer}; CI: {IN_CI}"


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
        _rebuild_search_indexes()


def _rebuild_search_indexes():
    """The shared test indexes hold the demo content (index updates are off in tests)."""
    from search import engine, indexing

    if engine.configured():
        indexing.rebuild_all()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: what a rolled-back test cached is gone."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _dutch_to_start_with(settings):
    """Each test starts in Dutch, the site's default. A request under /en/ leaves English
    active in the thread that made it, and `reverse()` in the next test would then give
    English addresses (a round test once got an English page that way)."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _live_server_done_before_flush(request):
    """A test against the live server ends while the server may still answer the browser's
    last requests (a page loading after a redirect, the notification socket's retry) from
    threads of its own. On SQLite in memory those threads share the test's connection, so
    the database flush after the test would find a table in use and fail. Set up after the
    database and torn down before it, this waits for those threads to finish; the browser
    contexts, set up after it, are closed first, so no new request comes in."""
    if "live_server" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("transactional_db")
    server = request.getfixturevalue("live_server")
    yield
    for thread in list(vars(server.thread.httpd).get("_threads", [])):
        thread.join(timeout=15)


@pytest.fixture
def demo_content(transactional_db):
    """Demo content for transactional tests, which may start from a flushed database."""
    call_command("load_demo", verbosity=0)
    _rebuild_search_indexes()


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser(
        email="editor@example.org",
        password="secret-password",
        first_name="Eddie",
        last_name="Editor",
    )


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


# People and organisations with every role and visibility, for permission tests.


@pytest.fixture
def org_a(db):
    return OrganisationFactory(
        name="Alfa Techniek",
        slug="alfa-techniek",
        status=OrganisationStatus.JOINED,
        sector="industry_technology",
    )


@pytest.fixture
def org_b(db):
    return OrganisationFactory(
        name="Bravo Zorg", slug="bravo-zorg", status=OrganisationStatus.JOINED, sector="healthcare"
    )


@pytest.fixture
def pending_org(db):
    return OrganisationFactory(
        name="Charlie Wacht", slug="charlie-wacht", status=OrganisationStatus.PENDING
    )


@pytest.fixture
def profiles(org_a, org_b, pending_org):
    """One profile per visibility, with names that appear nowhere else."""
    return {
        "public_a": person_with_role(
            organisation=org_a,
            visibility=Visibility.PUBLIC,
            first_name="Publia",
            last_name="Openbaar",
        ),
        "members_a": person_with_role(
            organisation=org_a,
            visibility=Visibility.MEMBERS,
            first_name="Lida",
            last_name="Ledenzicht",
        ),
        "hidden_a": person_with_role(
            organisation=org_a,
            visibility=Visibility.HIDDEN,
            first_name="Verona",
            last_name="Verborgen",
        ),
        "hidden_b": person_with_role(
            organisation=org_b,
            visibility=Visibility.HIDDEN,
            first_name="Geert",
            last_name="Geheimhouder",
        ),
        "public_pending": person_with_role(
            organisation=pending_org,
            visibility=Visibility.PUBLIC,
            first_name="Petra",
            last_name="Wachtkamer",
        ),
    }


@pytest.fixture
def member(org_b):
    return person_with_role(organisation=org_b, first_name="Mees", last_name="Meelezer").user


@pytest.fixture
def admin_a(org_a):
    return person_with_role(
        organisation=org_a,
        roles=[roles.ORGANISATION_ADMINS],
        first_name="Aafke",
        last_name="Beheer",
    ).user


@pytest.fixture
def loket(org_b):
    return person_with_role(
        organisation=org_b, roles=[roles.LOKET], first_name="Loes", last_name="Loket"
    ).user


@pytest.fixture
def pending_admin(pending_org):
    return person_with_role(
        organisation=pending_org,
        roles=[roles.ORGANISATION_ADMINS],
        first_name="Piet",
        last_name="Wachter",
    ).user
